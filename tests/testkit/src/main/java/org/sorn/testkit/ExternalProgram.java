package org.sorn.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program of someone else's (numpy, h5dump) on what the workbench wrote: the tests that
 * check our files with the tools users read them with.
 */
public final class ExternalProgram {
  private ExternalProgram() {}

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
