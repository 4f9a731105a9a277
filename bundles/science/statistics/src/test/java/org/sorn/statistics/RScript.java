package org.sorn.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the R script of the test resources with Rscript and reads its "name value" lines. Where R
 * or poweRlaw is missing the tests that need them are skipped, except in CI (CI=true), where they
 * fail: CI installs r-cran-powerlaw.
 */
final class RScript {
  private RScript() {}

  /** The numbers {@code script} writes for {@code arguments}. */
  static Map<String, Double> run(Path work, String script, List<String> arguments)
      throws IOException, InterruptedException {
    requirePoweRlaw();
    Path copy = work.resolve(script);
    try (InputStream in = RScript.class.getResourceAsStream("/poweRlaw/" + script)) {
      Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    Path out = work.resolve(script + ".out");
    List<String> command = new java.util.ArrayList<>(List.of("Rscript", copy.toString()));
    command.addAll(arguments);
    command.add(out.toString());
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(600, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("Rscript did not finish in 600 s: " + log);
    }
    assertEquals(0, p.exitValue(), "Rscript failed: " + log);
    Map<String, Double> values = new HashMap<>();
    for (String line : Files.readAllLines(out)) {
      String[] parts = line.trim().split("\\s+");
      values.put(parts[0], Double.parseDouble(parts[1]));
    }
    return values;
  }

  private static void requirePoweRlaw() throws IOException, InterruptedException {
    boolean present;
    try {
      Process p = new ProcessBuilder("Rscript", "-e", "library(poweRlaw)")
          .redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      present = p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException notInstalled) {
      present = false;
    }
    if (!present && "true".equals(System.getenv("CI"))) {
      fail("Rscript with the R package poweRlaw is required in CI (apt-get install r-cran-powerlaw)");
    }
    assumeTrue(present, "Rscript with poweRlaw is not installed here (apt-get install"
        + " r-cran-powerlaw): the comparison with poweRlaw is skipped");
  }
}
