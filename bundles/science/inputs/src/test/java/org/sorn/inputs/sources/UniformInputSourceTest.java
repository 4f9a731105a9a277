package org.sorn.inputs.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.sorn.api.InputSequence;
import org.sorn.testkit.TestRun;

class UniformInputSourceTest {

  @Test
  void unitsTakeTheRunsInputStreamInOrderAsTheEnginesDefaultInputDoes() {
    InputSequence input = new UniformInputSource().open(new TestRun(200, 10, 5, Map.of()));
    RandomGenerator replay = TestRun.stream(5, "input");
    double[] u = new double[10];
    for (int t = 0; t < 50; t++) {
      input.fill(t, u);
      for (double v : u) {
        assertEquals(replay.nextDouble(), v);
      }
    }
  }

  @Test
  void valuesAreUniformInTheUnitInterval() {
    InputSequence input = new UniformInputSource().open(new TestRun(200, 10, 1, Map.of()));
    double[] u = new double[10];
    double sum = 0;
    int below = 0;
    int n = 0;
    for (int t = 0; t < 10_000; t++) {
      input.fill(t, u);
      for (double v : u) {
        assertTrue(v >= 0 && v < 1);
        sum += v;
        below += v < 0.25 ? 1 : 0;
        n++;
      }
    }
    assertEquals(0.5, sum / n, 0.01);
    assertEquals(0.25, below / (double) n, 0.01);
  }
}
