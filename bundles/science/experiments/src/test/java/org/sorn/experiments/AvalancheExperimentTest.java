package org.sorn.experiments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

/** {@code experiment avalanches} on small networks: the protocol, the files, the same numbers. */
class AvalancheExperimentTest {
  private static final String[] SMALL = {"avalanches", "--seeds", "1,2", "--ne", "40",
      "--transient", "3000", "--measured", "4000", "--onset-trials", "3", "--bootstraps", "10",
      "--jobs", "2"};

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new ExperimentCommand(Workbenches.withEveryMechanism()).run(List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static String[] with(String... more) {
    String[] all = java.util.Arrays.copyOf(SMALL, SMALL.length + more.length);
    System.arraycopy(more, 0, all, SMALL.length, more.length);
    return all;
  }

  @Test
  void everyConditionIsMeasuredAndWrittenWithItsVerdicts(@TempDir Path dir) throws Exception {
    assertEquals(0, run(with("--out", dir.toString())), err.toString());
    List<String> csv = Files.readAllLines(dir.resolve("results.csv"));
    assertEquals(AvalancheResults.CSV_HEADER, csv.get(0));
    assertEquals(List.of("plastic", "frozen", "static", "onset", "readaptation"),
        csv.subList(1, csv.size()).stream().map(l -> l.split(",")[0]).toList());
    for (String row : csv.subList(1, csv.size())) {
      String[] cells = row.split(",");
      assertEquals("2", cells[1], row);
      assertTrue(Integer.parseInt(cells[6]) > 0, "avalanches in " + row);
    }
    String md = Files.readString(dir.resolve("results.md"));
    assertTrue(md.contains("| plastic | 2 |"), md);
    assertTrue(md.contains("* **plastic**, sizes: power law"), md);
    assertTrue(md.contains("prints gamma = 1.3 for the line through its mean sizes"), md);
    String progress = err.toString(StandardCharsets.UTF_8);
    assertTrue(progress.contains("[seed 2] transient: 3,000 steps"), progress);
    assertTrue(progress.contains("[seed 1] onset: 3 trials,"), progress);
    for (String png : List.of("sizes.png", "durations.png", "scaling.png", "connections.png")) {
      BufferedImage image = ImageIO.read(dir.resolve(png).toFile());
      assertEquals(900, image.getWidth(), png);
    }
    assertTrue(Files.readString(dir.resolve("results.json")).contains("\"size_tail\""));
  }

  @Test
  void theSameSeedsGiveTheSameResults(@TempDir Path dir) throws Exception {
    assertEquals(0, run(with("--conditions", "plastic,static", "--out", dir.resolve("a")
        .toString())), err.toString());
    assertEquals(0, run(with("--conditions", "plastic,static", "--out", dir.resolve("b")
        .toString())), err.toString());
    assertArrayEquals(Files.readAllBytes(dir.resolve("a/results.csv")),
        Files.readAllBytes(dir.resolve("b/results.csv")));
  }

  @Test
  void aFixedRangeWithFewerThanFiftyValuesGetsNoExponent() {
    long[] few = new long[60];
    for (int i = 0; i < few.length; i++) {
      few[i] = i < 49 ? 10 + i : 5000; // 49 in [10, 1500]
    }
    java.util.Map<String, Object> fit = AvalancheExperiment.fixedRange(few, new long[] {10, 1500});
    assertTrue(Double.isNaN((Double) fit.get("alpha")), fit.toString());
    assertEquals(49, fit.get("samples"));
    assertEquals("too few: 49 values in [10, 1500], a fit needs 50", fit.get("note"));
    few[49] = 60;
    fit = AvalancheExperiment.fixedRange(few, new long[] {10, 1500});
    assertEquals(50, fit.get("samples"));
    assertTrue(Double.isFinite((Double) fit.get("alpha")), fit.toString());
  }

  @Test
  void theTableNamesTheTailThatWasTested() {
    java.util.Map<String, Object> tail = new java.util.LinkedHashMap<>();
    tail.put("xmin", 4773.0);
    tail.put("alpha", 9.588545999027142);
    tail.put("tail_size", 524);
    tail.put("goodness_of_fit", java.util.Map.of("p", 0.056));
    tail.put("support", "none");
    assertEquals("none, p = 0.056: >= 4773 (524 values), exponent 9.59",
        AvalancheResults.tail(tail));
    assertEquals("not fitted", AvalancheResults.tail(java.util.Map.of("support", "not fitted")));
  }

  @Test
  void onsetAvalanchesAreThoseBegunInTheWindow() {
    int[] a = {0, 5, 5, 0, 0, 4, 0, 6, 6, 6, 0, 7, 0};
    long[][] begun = AvalancheNetwork.begunWithin(a, 1, 8);
    assertArrayEquals(new long[] {8, 3, 15}, begun[0]);
    assertArrayEquals(new long[] {2, 1, 3}, begun[1]);
  }

  @Test
  void badOptionsAreOneLine() {
    assertEquals(2, run("avalanches", "--ne", "5", "--out", "x"));
    assertEquals("experiment: --ne must be an integer >= 20, got '5'", err.toString().strip());
  }
}
