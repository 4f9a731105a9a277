package org.sorn.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The shell's command line, reached through a JDK type so that the launcher shares no class with
 * the bundles: a {@code ToIntFunction<String[]>} service with {@code sorn.cli=true} that runs one
 * command line, prints its own output and returns the exit code.
 */
final class CommandLineService {
  static final String FILTER =
      "(&(objectClass=" + ToIntFunction.class.getName() + ")(sorn.cli=true))";

  private CommandLineService() {}

  /**
   * Waits up to {@code timeout} for the service and runs {@code arguments} with it.
   *
   * @param features the features booted, named when the service does not come
   *
   * @throws LaunchFailure with exit code {@link LaunchFailure#NO_COMMAND_LINE} naming the bundles
   *     that are not active, when the service does not come
   */
  static int call(BundleContext context, List<String> features, List<String> arguments, Duration timeout)
      throws InterruptedException, LaunchFailure {
    ServiceTracker<Object, Object> tracker;
    try {
      tracker = new ServiceTracker<>(context, context.createFilter(FILTER), null);
    } catch (InvalidSyntaxException e) {
      throw new IllegalStateException(e);
    }
    tracker.open();
    try {
      Object service = tracker.waitForService(timeout.toMillis());
      if (service == null) {
        throw new LaunchFailure(LaunchFailure.NO_COMMAND_LINE, noService(context, features, timeout));
      }
      @SuppressWarnings("unchecked")
      ToIntFunction<String[]> commandLine = (ToIntFunction<String[]>) service;
      return commandLine.applyAsInt(arguments.toArray(String[]::new));
    } finally {
      tracker.close();
    }
  }

  private static String noService(BundleContext context, List<String> features, Duration timeout) {
    List<String> inactive = new ArrayList<>();
    for (Bundle bundle : context.getBundles()) {
      if (bundle.getState() != Bundle.ACTIVE && !isFragment(bundle)) {
        inactive.add(bundle.getSymbolicName() + " " + bundle.getVersion() + " (" + state(bundle) + ")");
      }
    }
    return "the command line service (sorn.cli=true) did not appear within "
        + timeout.toSeconds()
        + " s; "
        + (inactive.isEmpty()
            ? "every bundle of the features " + String.join(",", features) + " is active but none provides it"
            : "bundles not active: " + String.join(", ", inactive));
  }

  private static boolean isFragment(Bundle bundle) {
    return bundle.getHeaders("").get(org.osgi.framework.Constants.FRAGMENT_HOST) != null;
  }

  private static String state(Bundle bundle) {
    return switch (bundle.getState()) {
      case Bundle.INSTALLED -> "INSTALLED: not resolved";
      case Bundle.RESOLVED -> "RESOLVED: not started";
      case Bundle.STARTING -> "STARTING";
      case Bundle.STOPPING -> "STOPPING";
      case Bundle.UNINSTALLED -> "UNINSTALLED";
      default -> "state " + bundle.getState();
    };
  }
}
