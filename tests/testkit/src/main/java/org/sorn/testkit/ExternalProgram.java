package org.sorn.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.AssumptionViolatedException;

/**
 * Runs a program of someone else's (numpy, h5dump) on what the workbench wrote: the tests that
 * check our files with the tools users read them with.
 */
public final class ExternalProgram {
  private ExternalProgram() {}

  /**
   * Skips the calling test when a program it needs is not installed here; in continuous
   * integration ({@code CI=true} in the environment), where every such program is meant to be
   * installed ({@code .ci/run}), fails it instead, so that no check stops running unnoticed. Every
   * test that needs an outside program (numpy, h5dump, Chromium, a SLURM cluster, ...) comes
   * through here, JUnit 5 and JUnit 4 alike (Jupiter takes JUnit 4's assumption failure as a skip).
   *
   * @param missing what is missing and how to install it
   * @param check what the test checks with it, for the message
   */
  public static void assumeInstalled(boolean installed, String missing, String check) {
    if (installed) {
      return;
    }
    if (inContinuousIntegration()) {
      throw new AssertionError(missing + ", but CI=true: " + check + " must run here");
    }
    throw new AssumptionViolatedException(missing + ": " + check + " is skipped");
  }

  /** Whether the environment says this is continuous integration ({@code CI=true}). */
  private static boolean inContinuousIntegration() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /** Exit code (-1 when the program could not start or timed out) and standard output + error. */
  public record Outcome(int exit, String output) {}

  /** Runs {@code command}, waiting at most {@code seconds}. */
  public static Outcome run(List<String> command, long seconds)
      throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
    } catch (IOException notInstalled) {
      return new Outcome(-1, notInstalled.getMessage());
    }
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return new Outcome(-1, "timed out: " + output);
    }
    return new Outcome(p.exitValue(), output);
  }
}
