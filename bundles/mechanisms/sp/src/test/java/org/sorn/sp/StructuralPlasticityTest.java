package org.sorn.sp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sorn.api.PlasticityRule;
import org.sorn.api.Slots;
import org.sorn.engine.SornState;
import org.sorn.testkit.TestConfig;
import org.sorn.testkit.TestRun;
import org.sorn.testkit.TestStates;

class StructuralPlasticityTest {
  private static final double[][] NO_WEI = new double[0][];
  private static final double[][] NO_Y = new double[0][];
  private static final Map<String, Double> ALWAYS = Map.of("sp_probability", 1.0);

  private static PlasticityRule rule(
      int ne, long seed, Map<String, Object> config, Map<String, Double> run) {
    StructuralPlasticity mechanism = new StructuralPlasticity();
    mechanism.configure(TestConfig.of(StructuralPlasticity.Config.class, config));
    return mechanism.bind(new TestRun(ne, 1, seed, run));
  }

  private static SornState state(double[][] wee) {
    String silent = "0".repeat(wee.length);
    return TestStates.of(wee, NO_WEI, TestStates.activity(silent, silent), NO_Y);
  }

  /** A mixed W^EE: positive, stored zero, negative and NaN entries, and absent ones. */
  private static double[][] mixed() {
    return new double[][] {
      {0.0, 0.5, -0.0, 0.2},
      {0.3, 0.0, Double.NaN, 0.0},
      {-0.1, 0.4, 0.7, 0.0},
      {0.6, Double.NaN, 0.1, 0.0},
    };
  }

  @Test
  void createsOnlyOffDiagonalSynapsesOnNonPositiveEntriesUniformly() {
    double[][] w = mixed();
    SornState s = state(w);
    // a pruned synapse keeps its slot with 0.0: store these two as such
    s.wee().set(0, 2, -0.0);
    s.wee().set(1, 3, 0.0);
    PlasticityRule rule = rule(4, 7L, Map.of(), ALWAYS);
    int[][] created = new int[4][4];
    int steps = 12_000;
    for (int step = 0; step < steps; step++) {
      rule.apply(s);
      double[][] after = s.wee().toDense();
      int changed = 0;
      for (int j = 0; j < 4; j++) {
        for (int i = 0; i < 4; i++) {
          if (Double.doubleToLongBits(after[j][i]) != Double.doubleToLongBits(w[j][i])) {
            changed++;
            assertNotEquals(j, i, "a self-connection was created");
            assertTrue(w[j][i] <= 0.0, "created on (" + j + ", " + i + ") = " + w[j][i]);
            assertEquals(0.001, after[j][i]);
            created[j][i]++;
            // take it back so the candidates stay the same for the next step
            s.wee().set(j, i, w[j][i]);
          }
        }
      }
      assertEquals(1, changed, "step " + step);
    }
    // the off-diagonal entries <= 0.0 of mixed(): -0.0, 0.0, -0.1 and an absent one
    int[][] candidates = {{0, 2}, {1, 3}, {2, 0}, {2, 3}};
    int total = 0;
    for (int[] c : candidates) {
      total += created[c[0]][c[1]];
    }
    assertEquals(steps, total);
    for (int[] c : candidates) {
      // expected 3000, sd about 47
      int n = created[c[0]][c[1]];
      assertTrue(Math.abs(n - steps / 4) < 250, "(" + c[0] + ", " + c[1] + ") created " + n);
    }
  }

  @Test
  void rareCandidatesAreFoundUniformlyByEnumeration() {
    int ne = 20;
    double[][] full = new double[ne][ne];
    for (int j = 0; j < ne; j++) {
      for (int i = 0; i < ne; i++) {
        full[j][i] = j == i ? 0.0 : 0.05;
      }
    }
    int[][] candidates = {{0, 19}, {7, 3}, {19, 18}};
    for (int[] c : candidates) {
      full[c[0]][c[1]] = 0.0;
    }
    SornState s = state(full);
    for (int[] c : candidates) {
      s.wee().set(c[0], c[1], 0.0);
    }
    PlasticityRule rule = rule(ne, 3L, Map.of(), ALWAYS);
    int[] counts = new int[candidates.length];
    int steps = 3000;
    for (int step = 0; step < steps; step++) {
      rule.apply(s);
      int hits = 0;
      for (int c = 0; c < candidates.length; c++) {
        if (s.wee().get(candidates[c][0], candidates[c][1]) == 0.001) {
          counts[c]++;
          hits++;
          s.wee().set(candidates[c][0], candidates[c][1], 0.0);
        }
      }
      assertEquals(1, hits, "step " + step);
      assertArrayEquals(full, s.wee().toDense(), "step " + step);
    }
    for (int n : counts) {
      // expected 1000, sd about 26
      assertTrue(Math.abs(n - steps / 3) < 150, "created " + n);
    }
  }

  @Test
  void aLoneCandidateInALargeNetworkIsFound() {
    // 1 candidate in 9900 pairs: rejection nearly always gives up and enumeration must find it
    int ne = 100;
    for (int[] lone : new int[][] {{99, 98}, {0, 1}, {42, 99}, {57, 3}}) {
      double[][] full = new double[ne][ne];
      for (int j = 0; j < ne; j++) {
        for (int i = 0; i < ne; i++) {
          full[j][i] = j == i || (j == lone[0] && i == lone[1]) ? 0.0 : 0.01;
        }
      }
      SornState s = state(full);
      rule(ne, 9L, Map.of(), ALWAYS).apply(s);
      full[lone[0]][lone[1]] = 0.001;
      assertArrayEquals(full, s.wee().toDense());
    }
  }

  @Test
  void firesWithTheDefaultProbabilityOfOneTenth() {
    SornState s = state(new double[50][50]);
    PlasticityRule rule = rule(50, 11L, Map.of(), Map.of());
    int steps = 20_000;
    int fired = 0;
    for (int step = 0; step < steps; step++) {
      int before = s.wee().stored();
      rule.apply(s);
      if (s.wee().stored() != before) {
        fired++;
        assertEquals(before + 1, s.wee().stored());
      }
    }
    // expected 2000, sd about 42; 2000 new synapses out of 2450 candidates never run out
    assertTrue(Math.abs(fired - 2000) < 210, "fired " + fired + " times in " + steps);
  }

  @Test
  void doesNothingWhenNoCandidateIsLeft() {
    // every off-diagonal entry positive or NaN: the package would raise IndexError
    double[][] w = {{0.0, 0.5, Double.NaN}, {0.3, 0.0, 0.2}, {Double.NaN, 0.4, 0.0}};
    SornState s = state(w);
    PlasticityRule rule = rule(3, 5L, Map.of(), ALWAYS);
    for (int step = 0; step < 100; step++) {
      rule.apply(s);
    }
    assertArrayEquals(w, s.wee().toDense());
    assertEquals(6, s.wee().stored());
  }

  @Test
  void aSingleUnitHasNoCandidate() {
    SornState s = state(new double[1][1]);
    rule(1, 5L, Map.of(), ALWAYS).apply(s);
    assertEquals(0, s.wee().stored());
  }

  @Test
  void theSameSeedCreatesTheSameSynapses() {
    SornState a = state(new double[30][30]);
    SornState b = state(new double[30][30]);
    PlasticityRule ra = rule(30, 42L, Map.of(), Map.of());
    PlasticityRule rb = rule(30, 42L, Map.of(), Map.of());
    for (int step = 0; step < 500; step++) {
      ra.apply(a);
      rb.apply(b);
    }
    assertArrayEquals(a.wee().toDense(), b.wee().toDense());
  }

  @Test
  void theRunsValueBeatsTheConfigurationWhichBeatsTheDefault() {
    assertEquals(
        Map.of("sp_probability", 0.1, "sp_initial_weight", 0.001),
        rule(4, 1L, Map.of(), Map.of()).parameters());
    Map<String, Object> config = Map.of("sp__probability", 0.5, "sp__initial__weight", 0.01);
    assertEquals(
        Map.of("sp_probability", 0.5, "sp_initial_weight", 0.01),
        rule(4, 1L, config, Map.of()).parameters());
    PlasticityRule r = rule(4, 1L, config, Map.of("sp_probability", 1.0));
    assertEquals(Map.of("sp_probability", 1.0, "sp_initial_weight", 0.01), r.parameters());
    assertThrows(UnsupportedOperationException.class, () -> r.parameters().clear());

    SornState s = state(new double[4][4]);
    r.apply(s);
    assertEquals(1, s.wee().stored());
    assertEquals(0.01, s.wee().weights()[0]);
  }

  @Test
  void rejectsAProbabilityOutsideZeroToOneAndANonPositiveWeight() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> rule(4, 1L, Map.of(), Map.of("sp_probability", 1.5)));
    assertEquals("sp_probability must be a number in [0, 1], got 1.5", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> rule(4, 1L, Map.of(), Map.of("sp_probability", Double.NaN)));
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> rule(4, 1L, Map.of("sp__initial__weight", 0.0), Map.of()));
    assertEquals("sp_initial_weight must be a positive number, got 0.0", e.getMessage());
  }

  @Test
  void fillsTheSpSlotAsThePackagesOwnRule() {
    StructuralPlasticity mechanism = new StructuralPlasticity();
    assertEquals("sp", mechanism.slot());
    assertEquals("sp", mechanism.variant());
    assertEquals(Slots.ORDER_SP, mechanism.order());
  }
}
