package org.sorn.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleException;

/**
 * Boots the workbench of a distribution with the chosen features and then either runs one command
 * line headless (a server runs until the workbench stops) or hands the terminal to the Gogo console
 * until the framework stops. The clients of a server ({@code attach}, {@code ctl}) boot nothing.
 */
final class Launcher {
  /** Set by the console's exit command (etc/gosh_profile): the code the launcher exits with. */
  static final String CONSOLE_EXIT = "sorn.console.exit";

  /**
   * The command that keeps a headless workbench running, its console on a socket: started like any
   * command, without the interactive console (it must not read standard input).
   */
  static final String SERVER = "server";

  /** Framework property: the workbench folder, so that a command can start its bin/sorn again. */
  static final String HOME = Distribution.HOME_PROPERTY;

  /** Framework property: the features booted, comma-separated, for the same bin/sorn call. */
  static final String FEATURES = "sorn.features";

  /** The FileInstall property naming the watched folder, created if absent. */
  static final String WATCHED_FOLDER = "felix.fileinstall.dir";

  private final Distribution distribution;
  private final Duration serviceTimeout;
  private final PrintStream err;
  private final boolean debug;

  Launcher(Distribution distribution, Duration serviceTimeout, PrintStream err, boolean debug) {
    this.distribution = distribution;
    this.serviceTimeout = serviceTimeout;
    this.err = err;
    this.debug = debug;
  }

  /** Runs {@code ./sorn args} and returns the exit code. */
  int run(String... args) throws IOException, BundleException, InterruptedException, LaunchFailure {
    CommandLine line = CommandLine.parse(args);
    List<String> arguments = line.arguments();
    String command = arguments.isEmpty() ? "" : arguments.get(0);
    Path socket =
        ConsoleSocket.defaultPath(distribution.home(), System.getenv(ConsoleSocket.ENVIRONMENT));
    if (ConsoleCommands.handles(command)) {
      return ConsoleCommands.run(
          command, arguments.subList(1, arguments.size()), socket, System.in, System.out, err);
    }
    if (command.equals(SERVER)) {
      List<String> server = new ArrayList<>(List.of(SERVER));
      server.addAll(ConsoleSocket.serverArguments(arguments.subList(1, arguments.size()), socket));
      arguments = server;
    }
    List<FeatureBundle> bundles = bundlesToStart(line);
    try (BootedFramework workbench =
        BootedFramework.boot(frameworkProperties(line.features()), bundles, distribution.bundles())) {
      Thread onInterrupt = new Thread(workbench::close, "sorn-shutdown");
      Runtime.getRuntime().addShutdownHook(onInterrupt);
      try {
        if (line.interactive()) {
          // the console stops the framework on exit, stop 0 or end of input
          workbench.framework().waitForStop(0);
          return Integer.getInteger(CONSOLE_EXIT, 0);
        }
        // server: the call returns when the workbench stops (sorn:shutdown, SIGTERM)
        return CommandLineService.call(
            workbench.context(), line.features(), arguments, serviceTimeout);
      } finally {
        removeHook(onInterrupt);
      }
    }
  }

  /** The bundles of the chosen features; the console only when there is no command. */
  private List<FeatureBundle> bundlesToStart(CommandLine line) throws IOException {
    List<FeatureBundle> all = Feature.union(distribution.features(line.features()));
    if (!line.interactive()) {
      return all.stream().filter(bundle -> !bundle.interactive()).toList();
    }
    if (all.stream().noneMatch(FeatureBundle::interactive)) {
      throw new UsageException(
          "the features "
              + String.join(",", line.features())
              + " have no console: add the feature shell, or give a command such as run");
    }
    return all;
  }

  private Map<String, Object> frameworkProperties(List<String> features) throws IOException {
    return frameworkProperties(distribution, features, err, debug);
  }

  /**
   * The framework properties of a workbench of {@code distribution} booted with {@code features}:
   * conf/workbench.properties, the workbench folder, the features, Felix's log on {@code err}; the
   * watched folder is created.
   */
  static Map<String, Object> frameworkProperties(
      Distribution distribution, List<String> features, PrintStream err, boolean debug)
      throws IOException {
    Map<String, Object> properties = new HashMap<>(distribution.frameworkProperties());
    properties.put(HOME, distribution.home().toString());
    properties.put(FEATURES, String.join(",", features));
    properties.put("felix.log.logger", new FrameworkLog(err, debug));
    Object watched = properties.get(WATCHED_FOLDER);
    if (watched instanceof String folder && !folder.isBlank()) {
      Files.createDirectories(Path.of(folder));
    }
    return properties;
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down and runs the hook itself
    }
  }
}
