package org.sorn.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.wiring.BundleRevision;

/**
 * A running framework with the bundles of a set of features installed and started in start order,
 * on a cache folder of its own that {@link #close()} removes.
 */
final class BootedFramework implements AutoCloseable {
  // longer than the shell and the engine wait for their runs to stop and write their records
  private static final long STOP_TIMEOUT_MS = 60_000;

  private final Framework framework;
  private final Path cache;
  private boolean closed;

  private BootedFramework(Framework framework, Path cache) {
    this.framework = framework;
    this.cache = cache;
  }

  /**
   * Starts a framework with {@code properties}, installs {@code bundles} from {@code folder}, and
   * raises the start level until every one of them has been started.
   *
   * @param properties framework properties; values need not be strings (Felix takes its logger
   *     as one)
   * @throws IllegalStateException when a bundle file is missing from {@code folder}
   */
  static BootedFramework boot(Map<String, Object> properties, List<FeatureBundle> bundles, Path folder)
      throws IOException, BundleException {
    Path cache = Files.createTempDirectory("sorn-felix-");
    Map<String, Object> config = new HashMap<>(properties);
    config.put(Constants.FRAMEWORK_STORAGE, cache.toString());
    config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
    int lastLevel = bundles.stream().mapToInt(FeatureBundle::startOrder).max().orElse(1);
    config.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, Integer.toString(lastLevel));

    Framework framework = newFramework(config);
    BootedFramework booted = new BootedFramework(framework, cache);
    try {
      framework.init();
      install(framework.getBundleContext(), bundles, folder);
      // start() raises the start level to the last one, starting the bundles level by level
      framework.start();
      return booted;
    } catch (BundleException | RuntimeException e) {
      booted.close();
      throw e;
    }
  }

  Framework framework() {
    return framework;
  }

  BundleContext context() {
    return framework.getBundleContext();
  }

  /** Stops the framework (waiting a while for it) and removes its cache; safe to call twice. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      framework.stop();
      framework.waitForStop(STOP_TIMEOUT_MS);
    } catch (BundleException e) {
      // the framework is going away anyway; its cache is removed below
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      deleteTree(cache);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Framework newFramework(Map<String, Object> config) {
    FrameworkFactory factory =
        ServiceLoader.load(FrameworkFactory.class, BootedFramework.class.getClassLoader())
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no OSGi framework next to the launcher in lib/"));
    // Felix reads non-string values (its logger) from the same map
    return factory.newFramework((Map) config);
  }

  private static void install(BundleContext context, List<FeatureBundle> bundles, Path folder)
      throws BundleException {
    for (FeatureBundle entry : bundles) {
      Path file = folder.resolve(entry.fileName());
      if (!Files.isRegularFile(file)) {
        throw new IllegalStateException(
            "bundle " + entry.id() + " named by the features is missing: expected " + file);
      }
      // reference: lets the framework read the jar in place instead of copying it to the cache
      Bundle bundle = context.installBundle("reference:" + file.toUri());
      bundle.adapt(BundleStartLevel.class).setStartLevel(entry.startOrder());
      if ((bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) == 0) {
        bundle.start();
      }
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(BootedFramework::delete);
    } catch (IOException | UncheckedIOException e) {
      // a temp folder left behind is harmless; the next run uses a new one
    }
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
