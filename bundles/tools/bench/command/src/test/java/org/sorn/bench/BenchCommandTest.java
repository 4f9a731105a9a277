package org.sorn.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sorn.testkit.ReferenceWorkbench;

class BenchCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new BenchCommand(ReferenceWorkbench.create())
        .run(
            List.of(args),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** The cells of the table row whose first cell is {@code ne}. */
  private List<String> row(int ne) {
    return out().lines()
        .map(line -> List.of(line.trim().split(" {2,}")))
        .filter(cells -> cells.get(0).equals(Integer.toString(ne)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for ne=" + ne + " in\n" + out()));
  }

  private static double number(String cell) {
    return Double.parseDouble(cell.replace(",", ""));
  }

  @Test
  void aOneSecondRunAtFiftyUnitsGivesOneRowWithSpeedHeapAndTheStoredSynapses() {
    assertEquals(0, run("--sizes", "50", "--seconds", "1", "--warmup", "0.3"), err());

    List<String> lines = out().lines().toList();
    assertEquals(List.of(BenchTable.HEADER), List.of(List.of(lines.get(0).trim().split(" {2,}"))));
    List<String> cells = row(50);
    assertEquals("dense", cells.get(1));
    double stepsPerSecond = number(cells.get(2));
    double steps = number(cells.get(3));
    assertTrue(stepsPerSecond > 100, "a 50-unit network makes far more than 100 steps/s: " + cells);
    // the window lasts at least the second asked, so it holds at least one second's steps
    assertTrue(stepsPerSecond <= steps + 0.5, cells.toString());
    assertTrue(number(cells.get(4)) > 0 && number(cells.get(4)) >= number(cells.get(5)), cells.toString());
    assertTrue(number(cells.get(6)) > 0, "W^EE keeps synapses: " + cells);
    assertTrue(number(cells.get(7)) <= 10 * 50, "W^EI stores at most ni x ne entries: " + cells);
    assertEquals(50 * 10, number(cells.get(8)), "dense W^IE stores ne x ni entries: " + cells);
    assertTrue(lines.get(2).startsWith("seed 1, warm-up 0.3 s, window 1 s per network;"), out());

    List<String> progress = err().lines().toList();
    assertEquals(1, progress.size(), err());
    assertTrue(
        progress.get(0).matches(
            "bench: ne=50 \\(dense E->I\\): [0-9,]+ steps/s over \\d+\\.\\d s,"
                + " heap [0-9.,]+ MiB after GC"),
        progress.get(0));
  }

  @Test
  void lambdaIeMakesTheInhibitoryInputSparse() {
    assertEquals(0, run("--sizes=50", "--seconds=0.5", "--warmup=0", "--lambda-ie=5", "--seed=3"), err());
    List<String> cells = row(50);
    assertEquals("lambda_ie=5", cells.get(1));
    double wie = number(cells.get(8));
    // ni = 10 units with about 5 E inputs each, instead of 50 each
    assertTrue(wie >= 10 && wie <= 100, "sparse W^IE: " + cells);
  }

  @Test
  void aBadOptionIsOneLineOnErrAndExitCodeTwo() {
    assertEquals(2, run("--sizes", "3"));
    assertEquals("bench: --sizes takes a comma-separated list of integers >= 5, got '3'\n", err());
    assertEquals("", out());
  }

  @Test
  void helpPrintsTheUsage() {
    assertEquals(0, run("--help"));
    assertTrue(out().startsWith("usage: bench [--sizes 200,1000,4000,10000]"), out());
  }
}
