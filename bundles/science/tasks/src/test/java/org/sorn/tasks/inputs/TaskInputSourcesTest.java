package org.sorn.tasks.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sorn.api.InputSequence;
import org.sorn.tasks.CountingTask;
import org.sorn.tasks.TaskSequence;
import org.sorn.testkit.TestRun;

class TaskInputSourcesTest {

  /** The pool that u lights, checking that it is one whole pool of N_U units at value v. */
  private static int pool(double[] u, int unitsPerSymbol, double v) {
    int first = -1;
    int lit = 0;
    for (int i = 0; i < u.length; i++) {
      if (u[i] != 0) {
        assertEquals(v, u[i]);
        first = first < 0 ? i : first;
        lit++;
      }
    }
    assertEquals(unitsPerSymbol, lit);
    assertEquals(0, first % unitsPerSymbol);
    return first / unitsPerSymbol;
  }

  @Test
  void countingPresentsTheTasksWordsFromTheRunsInputStream() {
    TestRun run = new TestRun(200, 60, 8, Map.of("counting_n", 3.0));
    InputSequence input = new CountingInputSource().open(run);
    TaskSequence expected = new TaskSequence(new CountingTask(3), TestRun.stream(8, "input"));
    double[] u = new double[60];
    for (int t = 0; t < 500; t++) {
      input.fill(t, u);
      assertEquals(expected.symbol(t), pool(u, 10, 1.0), "step " + t);
    }
  }

  @Test
  void randomSequenceUsesTheRunsPoolSizeAndAlphabet() {
    TestRun run =
        new TestRun(100, 12, 1, Map.of("alphabet_size", 3.0, "units_per_symbol", 4.0, "symbol_input", 2.0));
    InputSequence input = new RandomSequenceInputSource().open(run);
    double[] u = new double[12];
    int[] seen = new int[3];
    for (int t = 0; t < 300; t++) {
      input.fill(t, u);
      seen[pool(u, 4, 2.0)]++;
    }
    for (int count : seen) {
      assertTrue(count > 50, "every symbol appears: " + count);
    }
  }

  @Test
  void badTaskParametersNameTheParameter() {
    assertEquals(
        "counting_n must be an integer >= 1, got 2.5",
        assertThrows(
                IllegalArgumentException.class,
                () -> new CountingInputSource().open(new TestRun(200, 60, 1, Map.of("counting_n", 2.5))))
            .getMessage());
    assertEquals(
        "nu must be at least 60 for 6 symbols of 10 units each, got 10",
        assertThrows(
                IllegalArgumentException.class,
                () -> new CountingInputSource().open(new TestRun(200, 10, 1, Map.of())))
            .getMessage());
  }
}
