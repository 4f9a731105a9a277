package org.sorn.inputs.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.sorn.api.InputSequence;
import org.sorn.testkit.TestRun;

class StrongInputSourceTest {
  private static final double STRONG = 1.0e4;

  /** The invariants of generate_strong_inp(length, reservoir_size): checked on both outputs. */
  private static void assertStrongInvariants(double[] inp, int[] idx, int length, int reservoirSize) {
    assertTrue(idx.length < reservoirSize, "n = randint(reservoir_size) < reservoir_size");
    Set<Integer> drawn = new HashSet<>();
    for (int i : idx) {
      assertTrue(i >= 0 && i < length, "indices are drawn from range(length)");
      drawn.add(i);
    }
    for (int i = 0; i < inp.length; i++) {
      assertEquals(drawn.contains(i) ? STRONG : 0.0, inp[i], "entry " + i);
    }
  }

  @Test
  void goldenOutputsHaveTheInvariants() throws Exception {
    for (JsonNode c : GoldenGenerators.cases("Initializer.generate_strong_inp")) {
      JsonNode out = c.get("output");
      double[] inp = new double[out.get(0).size()];
      for (int i = 0; i < inp.length; i++) {
        inp[i] = out.get(0).get(i).asDouble();
      }
      int[] idx = new int[out.get(1).size()];
      for (int i = 0; i < idx.length; i++) {
        idx[i] = out.get(1).get(i).asInt();
      }
      int reservoir = c.get("args").get("reservoir_size").asInt();
      assertEquals(reservoir, inp.length);
      assertStrongInvariants(inp, idx, c.get("args").get("length").asInt(), reservoir);
    }
  }

  @Test
  void eachStepIsOneCallOfTheGeneratorWithTheSameInvariants() {
    int ne = 20;
    int nu = 5;
    StrongInputSource source = new StrongInputSource();
    source.configure(Configs.defaults(StrongInputSource.Config.class));
    InputSequence input = source.open(new TestRun(ne, nu, 3, Map.of()));
    RandomGenerator replay = TestRun.stream(3, "input");
    double[] u = new double[nu];
    for (int t = 0; t < 200; t++) {
      input.fill(t, u);
      int[] idx = new int[replay.nextInt(ne)];
      for (int d = 0; d < idx.length; d++) {
        idx[d] = replay.nextInt(nu);
      }
      assertStrongInvariants(u, idx, nu, ne);
    }
  }

  @Test
  void atTheDefaultSizeAnInputUnitMissesTheStrongInputInAboutFivePercentOfSteps() {
    int ne = 200;
    int nu = 10;
    StrongInputSource source = new StrongInputSource();
    source.configure(Configs.defaults(StrongInputSource.Config.class));
    InputSequence input = source.open(new TestRun(ne, nu, 1, Map.of()));
    double[] u = new double[nu];
    int steps = 20_000;
    long silent = 0;
    for (int t = 0; t < steps; t++) {
      input.fill(t, u);
      for (double v : u) {
        silent += v == 0 ? 1 : 0;
      }
    }
    // E[(1 - 1/nu)^n] with n uniform in {0..ne-1}
    double expected = 0;
    for (int n = 0; n < ne; n++) {
      expected += Math.pow(1 - 1.0 / nu, n) / ne;
    }
    assertEquals(expected, silent / (double) (steps * nu), 0.005);
  }

  @Test
  void theStrongValueIsARunParameter() {
    StrongInputSource source = new StrongInputSource();
    source.configure(Configs.defaults(StrongInputSource.Config.class));
    InputSequence input = source.open(new TestRun(200, 10, 1, Map.of("strong_input", 2.5)));
    double[] u = new double[10];
    double max = 0;
    for (int t = 0; t < 10; t++) {
      input.fill(t, u);
      for (double v : u) {
        assertTrue(v == 0 || v == 2.5);
        max = Math.max(max, v);
      }
    }
    assertEquals(2.5, max);
  }
}
