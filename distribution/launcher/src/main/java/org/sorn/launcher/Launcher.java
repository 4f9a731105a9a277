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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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

  /** The system property that makes failures print their stack traces ({@code --debug}). */
  static final String DEBUG = "sorn.debug";

  /**
   * How long a signal (Ctrl-C, SIGTERM) waits for the command to stop its run and write its files
   * before the workbench stops all the same.
   */
  static final Duration WRITING_AFTER_SIGNAL = Duration.ofSeconds(60);

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
    if (line.debug()) {
      // the bundles read it too: a failing run prints its stack trace after its one line
      System.setProperty(DEBUG, "true");
    }
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
      CountDownLatch commandEnded = new CountDownLatch(1);
      Thread onSignal = onSignal(workbench, line, Thread.currentThread(), commandEnded);
      Runtime.getRuntime().addShutdownHook(onSignal);
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
        commandEnded.countDown();
        removeHook(onSignal);
      }
    }
  }

  /**
   * What Ctrl-C or SIGTERM does: a command is interrupted, which stops its run at the next step
   * boundary and writes its files (final state, exports, run.json), and is waited for, at most
   * {@link #WRITING_AFTER_SIGNAL}; then the workbench stops (a server's runs are stopped and
   * written as it does). The console just stops the workbench.
   */
  private Thread onSignal(
      BootedFramework workbench, CommandLine line, Thread command, CountDownLatch commandEnded) {
    return new Thread(
        () -> {
          if (!line.interactive()) {
            if (line.arguments().get(0).equals(SERVER)) {
              err.println("sorn server: ending on a signal; runs are stopped and their records written");
            }
            command.interrupt();
            try {
              commandEnded.await(WRITING_AFTER_SIGNAL.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          workbench.close();
        },
        "sorn-shutdown");
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
