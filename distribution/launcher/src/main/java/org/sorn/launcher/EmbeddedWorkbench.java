package org.sorn.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.BundleException;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The workbench booted inside another program, as the Python front does: the bundles of the chosen
 * features started in Felix the way {@code ./sorn} starts them (same framework properties, start
 * orders and Declarative Services), headless and without the console; its services are handed out
 * by type name. One instance is one framework; {@link #close()} stops it.
 */
public final class EmbeddedWorkbench implements AutoCloseable {
  private final BootedFramework framework;
  // open while the workbench runs: a service handed out stays in use (DS keeps it active)
  private final List<ServiceTracker<Object, Object>> trackers = new CopyOnWriteArrayList<>();

  private EmbeddedWorkbench(BootedFramework framework) {
    this.framework = framework;
  }

  /**
   * Boots the workbench folder {@code home} with {@code features} (comma-separated, {@code
   * default} when blank). Felix's log goes to standard error, one line per message.
   *
   * @throws IllegalArgumentException naming an unknown feature, or when {@code home} is not a
   *     workbench folder (it has no {@code features/})
   */
  public static EmbeddedWorkbench boot(String home, String features)
      throws IOException, BundleException {
    Distribution distribution = new Distribution(Path.of(home));
    if (!java.nio.file.Files.isDirectory(distribution.features())) {
      throw new IllegalArgumentException(
          home + " is not a built workbench: it has no features/ folder");
    }
    List<String> names =
        features == null || features.isBlank()
            ? List.of(CommandLine.DEFAULT_FEATURE)
            : Arrays.stream(features.split(",")).map(String::trim).toList();
    List<FeatureBundle> bundles =
        Feature.union(distribution.features(names)).stream()
            .filter(bundle -> !bundle.interactive())
            .toList();
    boolean debug = Boolean.getBoolean("sorn.debug");
    return new EmbeddedWorkbench(
        BootedFramework.boot(
            Launcher.frameworkProperties(distribution, names, System.err, debug),
            bundles,
            distribution.bundles()));
  }

  /**
   * A service registered under {@code type} (an interface's full name), waiting up to {@code
   * timeoutMillis} for it to appear.
   *
   * @throws IllegalStateException naming the type when it does not appear in time
   */
  public Object service(String type, long timeoutMillis) throws InterruptedException {
    ServiceTracker<Object, Object> tracker;
    try {
      tracker =
          new ServiceTracker<>(
              framework.context(),
              framework.context().createFilter("(objectClass=" + type + ")"),
              null);
    } catch (InvalidSyntaxException e) {
      throw new IllegalArgumentException("not a service type: " + type, e);
    }
    tracker.open();
    Object service = tracker.waitForService(timeoutMillis);
    if (service == null) {
      tracker.close();
      throw new IllegalStateException(
          "the service " + type + " did not appear within " + timeoutMillis / 1000.0 + " s");
    }
    trackers.add(tracker);
    return service;
  }

  /** Stops the framework and removes its cache; safe to call twice. */
  @Override
  public void close() {
    trackers.forEach(ServiceTracker::close);
    trackers.clear();
    framework.close();
  }
}
