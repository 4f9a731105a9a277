package org.sorn.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    ExperimentCommand command = new ExperimentCommand(Workbenches.withEveryMechanism());
    return command.run(
        List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aShortCountingRunBeatsChanceAndWritesTheTableTheMarkdownAndThePlot(@TempDir Path dir)
      throws Exception {
    Path results = dir.resolve("out");
    int code =
        run("counting", "--n", "3", "--seeds", "1", "--conditions", "sorn,static", "--ne", "60",
            "--units-per-symbol", "5", "--plastic-steps", "2000", "--train-steps", "1000",
            "--test-steps", "1000", "--jobs", "2", "--out", results.toString());
    assertEquals(0, code, err());

    List<String> csv = Files.readAllLines(results.resolve("results.csv"));
    assertEquals("condition,n,seed,accuracy,end_accuracy,position_accuracy", csv.get(0));
    assertEquals(3, csv.size());
    assertTrue(csv.get(1).startsWith("sorn,3,1,"), csv.get(1));
    assertTrue(csv.get(2).startsWith("static,3,1,"), csv.get(2));
    for (String row : csv.subList(1, 3)) {
      String[] cells = row.split(",");
      // chance for 6 symbols is 1/6; a readout of the current symbol alone gets n/(n+1) = 0.75
      assertTrue(Double.parseDouble(cells[3]) > 0.5, row);
      assertTrue(Double.parseDouble(cells[5]) > 1.0 / 5, row);
    }
    assertEquals(2, err().lines().filter(l -> l.matches("\\[\\d/2\\] .* n=3 seed=1: accuracy .*")).count(), err());

    String markdown = Files.readString(results.resolve("results.md"));
    assertTrue(markdown.contains("| sorn | 3 | 1 |"), markdown);
    assertTrue(markdown.contains("fast-inhibition"), markdown);
    BufferedImage plot = ImageIO.read(results.resolve("scores.png").toFile());
    assertEquals(1560, plot.getWidth());
  }

  @Test
  void theSameSeedGivesTheSameTable(@TempDir Path dir) throws Exception {
    String[] args = {"counting", "--n", "2", "--seeds", "4", "--conditions", "sorn", "--ne", "40",
        "--units-per-symbol", "3", "--plastic-steps", "500", "--train-steps", "300", "--test-steps", "300"};
    run(concat(args, "--out", dir.resolve("a").toString()));
    run(concat(args, "--out", dir.resolve("b").toString()));
    assertEquals(
        Files.readString(dir.resolve("a/results.csv")), Files.readString(dir.resolve("b/results.csv")));
  }

  @Test
  void badArgumentsAreOneLineAndExitCodeTwo() {
    assertEquals(2, run("counting", "--n", "x", "--out", "d"));
    assertEquals("experiment: --n must be an integer >= 1, got 'x'", err().strip());
    err.reset();
    assertEquals(2, run("occluder"));
    assertEquals(
        "experiment: unknown experiment 'occluder'; known: counting, avalanches, cartpole; "
            + CountingOptions.USAGE,
        err().strip());
    err.reset();
    assertEquals(2, run());
    assertEquals(1, err().lines().count());
  }

  @Test
  void aVariantThatIsNotInstalledFailsTheExperimentInOneLine(@TempDir Path dir) {
    ExperimentCommand command = new ExperimentCommand(org.sorn.engine.SornWorkbench.standalone());
    int code =
        command.run(
            List.of("counting", "--n", "2", "--seeds", "1", "--conditions", "sorn", "--ne", "40",
                "--units-per-symbol", "3", "--plastic-steps", "10", "--train-steps", "10",
                "--test-steps", "10", "--out", dir.toString()),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(1, code);
    assertEquals(1, err().lines().count(), err());
    assertTrue(err().startsWith("experiment: no variant '"), err());
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
