package org.sorn.shell;

import java.util.Map;

/**
 * Where the commands that other bundles add come from, so that a workbench started without them
 * can say which feature to add rather than that the command is unknown.
 */
final class CommandProviders {

  /** A feature of the distribution and the bundle in it that registers the command. */
  record Provider(String feature, String bundle) {}

  private static final Map<String, Provider> PROVIDERS =
      Map.of(
          "analyze", new Provider("analysis", "org.sorn.analysis"),
          "plot", new Provider("analysis", "org.sorn.plots"),
          "report", new Provider("analysis", "org.sorn.plots"),
          "sweep", new Provider("sweeps", "org.sorn.sweeps"),
          "experiment", new Provider("tasks", "org.sorn.experiments"),
          "bench", new Provider("tools", "org.sorn.bench"));

  /** Whether {@code name} is a command that a bundle of the distribution adds. */
  static boolean known(String name) {
    return PROVIDERS.containsKey(name);
  }

  /** The one line saying that {@code name} is missing and what provides it. */
  static String notInstalled(String name) {
    Provider p = PROVIDERS.get(name);
    if (p == null) { // not one of the distribution's: a lab's bundle that is not running, or a typo
      return "no command " + name + "; the commands of the installed bundles are listed by ./sorn help";
    }
    return name + " is not installed; the " + p.feature() + " feature provides it (bundle "
        + p.bundle() + ")";
  }

  private CommandProviders() {}
}
