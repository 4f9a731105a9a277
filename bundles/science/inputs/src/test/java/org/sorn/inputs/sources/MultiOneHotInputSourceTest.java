package org.sorn.inputs.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sorn.api.InputSequence;
import org.sorn.testkit.TestRun;

class MultiOneHotInputSourceTest {

  /**
   * The invariants of multi_one_hot_inp(ne, inputs, n_nodes_per_inp): units[j][r] is the unit that
   * round r gives input j; oneHot[i][j] = 1 exactly for the units of input j.
   */
  private static void assertOneHotInvariants(double[][] oneHot, int[][] units, int rounds) {
    int inputs = units.length;
    for (int r = 0; r < rounds; r++) {
      Set<Integer> round = new HashSet<>();
      for (int[] unitsOfInput : units) {
        assertTrue(round.add(unitsOfInput[r]), "a round gives each input a distinct unit");
      }
    }
    for (int j = 0; j < inputs; j++) {
      Set<Integer> mine = new HashSet<>();
      for (int unit : units[j]) {
        mine.add(unit);
      }
      int ones = 0;
      for (int i = 0; i < oneHot.length; i++) {
        assertEquals(mine.contains(i) ? 1.0 : 0.0, oneHot[i][j], "unit " + i + " input " + j);
        ones += (int) oneHot[i][j];
      }
      assertTrue(ones >= 1 && ones <= rounds, "between 1 and n_nodes_per_inp units");
    }
  }

  @Test
  void goldenOutputsHaveTheInvariants() throws Exception {
    for (JsonNode c : GoldenGenerators.cases("Initializer.multi_one_hot_inp")) {
      JsonNode matrix = c.get("output").get(0);
      JsonNode idxs = c.get("output").get(1);
      double[][] oneHot = new double[matrix.size()][matrix.get(0).size()];
      for (int i = 0; i < oneHot.length; i++) {
        for (int j = 0; j < oneHot[i].length; j++) {
          oneHot[i][j] = matrix.get(i).get(j).asDouble();
        }
      }
      int rounds = c.get("args").get("n_nodes_per_inp").asInt();
      int[][] units = new int[idxs.size()][rounds];
      for (int j = 0; j < units.length; j++) {
        for (int r = 0; r < rounds; r++) {
          units[j][r] = idxs.get(j).get(r).asInt();
        }
      }
      assertEquals(c.get("args").get("ne").asInt(), oneHot.length);
      assertOneHotInvariants(oneHot, units, rounds);
    }
  }

  @Test
  void ourUnitAssignmentHasTheSameInvariants() {
    for (long seed = 0; seed < 50; seed++) {
      int[][] units = MultiOneHotInputSource.assignUnits(new SplittableRandom(seed), 20, 4, 3);
      double[][] oneHot = new double[20][4];
      for (int j = 0; j < 4; j++) {
        for (int unit : units[j]) {
          oneHot[unit][j] = 1.0;
        }
      }
      assertOneHotInvariants(oneHot, units, 3);
    }
  }

  @Test
  void everyStepShowsOneInputUniformlyAtRandom() {
    MultiOneHotInputSource source = new MultiOneHotInputSource();
    source.configure(Configs.defaults(MultiOneHotInputSource.Config.class));
    // 5 inputs of one unit each on 5 input units: a step lights exactly one unit
    InputSequence input =
        source.open(new TestRun(50, 5, 2, Map.of("units_per_input", 1.0, "one_hot_value", 0.75)));
    double[] u = new double[5];
    int[] shown = new int[5];
    int steps = 10_000;
    for (int t = 0; t < steps; t++) {
      input.fill(t, u);
      int lit = 0;
      for (int i = 0; i < u.length; i++) {
        if (u[i] != 0) {
          assertEquals(0.75, u[i]);
          shown[i]++;
          lit++;
        }
      }
      assertEquals(1, lit);
    }
    for (int count : shown) {
      assertEquals(steps / 5.0, count, steps * 0.02);
    }
  }

  @Test
  void moreInputsThanInputUnitsAreRefused() {
    MultiOneHotInputSource source = new MultiOneHotInputSource();
    source.configure(Configs.defaults(MultiOneHotInputSource.Config.class));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> source.open(new TestRun(50, 3, 1, Map.of("one_hot_inputs", 4.0))));
    assertEquals(
        "one_hot_inputs must be at most nu (3) so that a round gives each a distinct unit, got 4",
        e.getMessage());
  }
}
