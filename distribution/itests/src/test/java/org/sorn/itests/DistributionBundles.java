package org.sorn.itests;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.workingDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ops4j.pax.exam.Option;
import org.sorn.launcher.Feature;
import org.sorn.launcher.FeatureBundle;

/**
 * The framework the integration tests boot: the bundles of the distribution's default feature, read
 * with the launcher's own reader, in their start orders, from the jars copied to target/bundles at
 * package time. The console bundle is left out, as the launcher leaves it out of headless runs.
 * The test kit's snapshots come as one more bundle ({@link TestKitBundle}).
 * Used outside the framework only (by the configuration methods).
 */
final class DistributionBundles {
  private static final String DEFAULT_FEATURE = "features/default.json";

  private DistributionBundles() {}

  static Option[] options() {
    List<Option> options = new ArrayList<>();
    options.add(junitBundles());
    options.add(cleanCaches());
    options.add(workingDirectory(work().resolve("paxexam").toString()));
    options.add(frameworkProperty("felix.log.level").value("1"));
    options.add(frameworkProperty("ds.loglevel").value("error"));
    // as in the distribution's conf: no history of log entries
    options.add(frameworkProperty("org.apache.felix.log.maxSize").value("0"));
    // as in the distribution's conf: the web workbench's HTTP server stays off unless asked
    options.add(frameworkProperty("org.apache.felix.http.enable").value("false"));
    options.add(systemProperty("org.ops4j.pax.logging.DefaultServiceLog.level").value("WARN"));
    options.add(systemProperty("sorn.itests.work").value(work().toString()));
    Path folder = Path.of(requiredProperty("sorn.itests.bundles"));
    for (FeatureBundle entry : defaultFeature().bundles()) {
      if (entry.interactive()) {
        continue;
      }
      Path jar = folder.resolve(entry.fileName());
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException(
            DEFAULT_FEATURE + " names " + entry.id() + " but " + jar + " was not copied at package time");
      }
      options.add(bundle(jar.toUri().toString()).startLevel(entry.startOrder()));
    }
    options.add(TestKitBundle.snapshots());
    return options.toArray(Option[]::new);
  }

  /** A folder under target/ for files the tests write. */
  static Path work() {
    return Path.of(requiredProperty("sorn.itests.work"));
  }

  private static Feature defaultFeature() {
    try (InputStream in = DistributionBundles.class.getClassLoader().getResourceAsStream(DEFAULT_FEATURE)) {
      if (in == null) {
        throw new IllegalStateException(DEFAULT_FEATURE + " is not on the test class path (sorn-features)");
      }
      return Feature.parse(DEFAULT_FEATURE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String requiredProperty(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException("system property " + name + " is not set: run the tests with mvn verify");
    }
    return value;
  }
}
