package org.sorn.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

/**
 * The example lab bundle (examples/weight-dependent-stdp), in no feature: copied to target/bundles
 * at package time but not provisioned, so that tests install it while runs go on, as a lab drops
 * it into deploy/.
 */
final class ExampleBundle {
  /** The bundle's symbolic name, as run records name its mechanism. */
  static final String SYMBOLIC_NAME = "org.sorn.example.wdstdp";
  /** The variant of slot stdp it brings. */
  static final String VARIANT = "weight-dependent-stdp";

  /** The jar's path, set by the build. */
  private static final String JAR = "sorn.itests.wdstdp";
  /** Its file: URL, the bundle location the framework installs from. */
  private static final String LOCATION = "sorn.itests.wdstdp.location";

  private ExampleBundle() {}

  /** The default feature's bundles, and where the example jar is (read inside the framework). */
  static Option[] options() {
    Path jar = Path.of(System.getProperty(JAR, "(unset: run the tests with mvn verify)"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("the example bundle " + jar + " was not copied at package time");
    }
    List<Option> options = new ArrayList<>(List.of(DistributionBundles.options()));
    options.add(systemProperty(LOCATION).value(jar.toUri().toString()));
    return options.toArray(Option[]::new);
  }

  /** Installs and starts the example bundle from its jar. */
  static Bundle install(BundleContext context) throws BundleException {
    Bundle bundle = context.installBundle(System.getProperty(LOCATION));
    bundle.start();
    return bundle;
  }
}
