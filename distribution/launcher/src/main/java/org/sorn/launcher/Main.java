package org.sorn.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * {@code ./sorn [--features a,b] [command ...]}: with a command, boots the workbench headless, runs
 * the command and exits with its code; without one, opens the Gogo console. {@code server} keeps
 * the workbench running with its console on a socket; {@code attach} and {@code ctl} talk to such a
 * server and boot nothing.
 *
 * <p>Exit codes besides the command's own: 1 the launcher failed, 2 the launcher was called wrongly,
 * 3 the command line service never appeared (or, for attach and ctl, no server listens).
 */
public final class Main {
  /** Exit code when the launcher itself was called wrongly. */
  static final int USAGE = 2;

  private static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(30);

  private Main() {}

  public static void main(String[] args) {
    System.exit(launch(Distribution.locate(), SERVICE_TIMEOUT, System.err, args));
  }

  /** Runs the launcher and turns every failure into one line on {@code err} and an exit code. */
  static int launch(Distribution distribution, Duration serviceTimeout, PrintStream err, String... args) {
    boolean debug = Boolean.getBoolean(Launcher.DEBUG) || List.of(args).contains(CommandLine.DEBUG_OPTION);
    try {
      return new Launcher(distribution, serviceTimeout, err, debug).run(args);
    } catch (UsageException e) {
      err.println("sorn: " + e.getMessage());
      return USAGE;
    } catch (LaunchFailure e) {
      err.println("sorn: " + e.getMessage());
      return e.exitCode();
    } catch (Throwable t) {
      if (t instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      err.println("sorn: " + (t.getMessage() == null ? t.toString() : t.getMessage()));
      if (debug) {
        t.printStackTrace(err);
      }
      return 1;
    }
  }
}
