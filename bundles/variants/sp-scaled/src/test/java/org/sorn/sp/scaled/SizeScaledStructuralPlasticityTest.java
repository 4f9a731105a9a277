package org.sorn.sp.scaled;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sorn.api.PlasticityRule;
import org.sorn.api.Slots;
import org.sorn.engine.SornState;
import org.sorn.testkit.TestConfig;
import org.sorn.testkit.TestRun;
import org.sorn.testkit.TestStates;

class SizeScaledStructuralPlasticityTest {
  private static final double[][] NO_WEI = new double[0][];
  private static final double[][] NO_Y = new double[0][];

  private static PlasticityRule rule(
      int ne, long seed, Map<String, Object> config, Map<String, Double> run) {
    SizeScaledStructuralPlasticity mechanism = new SizeScaledStructuralPlasticity();
    mechanism.configure(TestConfig.of(SizeScaledStructuralPlasticity.Config.class, config));
    return mechanism.bind(new TestRun(ne, 1, seed, run));
  }

  /** Exactly one synapse per step: p = 1 when the reference size is the network's own. */
  private static PlasticityRule oneEachStep(int ne, long seed) {
    Map<String, Double> run = Map.of("sp_base_probability", 1.0, "sp_reference_ne", (double) ne);
    return rule(ne, seed, Map.of(), run);
  }

  private static SornState state(double[][] wee) {
    String silent = "0".repeat(wee.length);
    return TestStates.of(wee, NO_WEI, TestStates.activity(silent, silent), NO_Y);
  }

  @Test
  void theRateScalesWithTheNumberOfPairsAndIsThePackagesAtTwoHundred() {
    assertEquals(0.1, ScaledSynapseCreation.expectedPerStep(200, 0.1, 200));
    assertEquals(0.1 * (9900.0 / 39800.0), ScaledSynapseCreation.expectedPerStep(100, 0.1, 200));
    assertEquals(2.51, ScaledSynapseCreation.expectedPerStep(1000, 0.1, 200), 1e-3);
    assertEquals(0.0, ScaledSynapseCreation.expectedPerStep(1, 0.1, 200));
    ScaledSynapseCreation bound = (ScaledSynapseCreation) rule(400, 1L, Map.of(), Map.of());
    assertEquals(0.1 * (400.0 * 399 / (200.0 * 199)), bound.expectedPerStep());
  }

  @Test
  void atTheReferenceSizeOneSynapseIsCreatedWithProbabilityOneTenth() {
    SornState s = state(new double[200][200]);
    PlasticityRule rule = rule(200, 11L, Map.of(), Map.of());
    int steps = 20_000;
    int fired = 0;
    for (int step = 0; step < steps; step++) {
      int before = s.wee().stored();
      rule.apply(s);
      int created = s.wee().stored() - before;
      assertTrue(created == 0 || created == 1, "created " + created + " at step " + step);
      fired += created;
    }
    // expected 2000, sd about 42
    assertTrue(Math.abs(fired - 2000) < 210, "fired " + fired + " times in " + steps);
  }

  @Test
  void aSmallNetworkGrowsMoreSlowly() {
    // ne = 50: p = 0.1 * 2450 / 39800 = 0.00616
    SornState s = state(new double[50][50]);
    PlasticityRule rule = rule(50, 12L, Map.of(), Map.of());
    int steps = 100_000;
    for (int step = 0; step < steps; step++) {
      rule.apply(s);
    }
    // expected 615.6, sd about 25
    assertTrue(Math.abs(s.wee().stored() - 615.6) < 125, "created " + s.wee().stored());
  }

  @Test
  void aLargeNetworkCreatesFloorOfPSynapsesPerStepAndOneMoreWithTheRemainder() {
    // ne = 1000 with the defaults: p = 2.51, so 2 or 3 per step, 3 with probability 0.51
    assertFloorAndRemainder(1000, 21L, Map.of(), 400);
    // ne = 60, reference 20, base 0.5: p = 0.5 * 3540 / 380 = 4.66
    assertFloorAndRemainder(
        60, 22L, Map.of("sp_base_probability", 0.5, "sp_reference_ne", 20.0), 400);
  }

  private static void assertFloorAndRemainder(
      int ne, long seed, Map<String, Double> run, int steps) {
    double base = run.getOrDefault("sp_base_probability", 0.1);
    int referenceNe = run.getOrDefault("sp_reference_ne", 200.0).intValue();
    double p = ScaledSynapseCreation.expectedPerStep(ne, base, referenceNe);
    int whole = (int) Math.floor(p);
    SornState s = state(new double[ne][ne]);
    PlasticityRule rule = rule(ne, seed, Map.of(), run);
    int extra = 0;
    for (int step = 0; step < steps; step++) {
      int before = s.wee().stored();
      rule.apply(s);
      int created = s.wee().stored() - before;
      assertTrue(created == whole || created == whole + 1, "created " + created + ", p = " + p);
      extra += created - whole;
    }
    double remainder = p - whole;
    double sd = Math.sqrt(remainder * (1 - remainder) / steps);
    assertEquals(remainder, (double) extra / steps, 5 * sd, "share of steps with one more");
  }

  @Test
  void createsOnlyDistinctOffDiagonalSynapsesOnNonPositiveEntries() {
    double[][] w = {
      {0.0, 0.5, -0.0, 0.2},
      {0.3, 0.0, Double.NaN, 0.0},
      {-0.1, 0.4, 0.7, 0.0},
      {0.6, Double.NaN, 0.1, 0.0},
    };
    SornState s = state(w);
    s.wee().set(0, 2, -0.0);
    s.wee().set(1, 3, 0.0);
    // p = 1e6: far more than the 4 candidates, which all fill in the first step, once each
    PlasticityRule rule = rule(4, 3L, Map.of(), Map.of("sp_base_probability", 1e6));
    rule.apply(s);
    double[][] expected = {
      {0.0, 0.5, 0.001, 0.2},
      {0.3, 0.0, Double.NaN, 0.001},
      {0.001, 0.4, 0.7, 0.001},
      {0.6, Double.NaN, 0.1, 0.0},
    };
    assertArrayEquals(expected, s.wee().toDense());
    int stored = s.wee().stored();
    rule.apply(s);
    assertArrayEquals(expected, s.wee().toDense());
    assertEquals(stored, s.wee().stored());
  }

  @Test
  void theCandidateIsChosenUniformly() {
    double[][] w = {
      {0.0, 0.5, 0.0, 0.2},
      {0.3, 0.0, Double.NaN, 0.0},
      {-0.1, 0.4, 0.0, 0.3},
      {0.6, 0.9, 0.1, 0.0},
    };
    SornState s = state(w);
    PlasticityRule rule = oneEachStep(4, 7L);
    int[][] candidates = {{0, 2}, {1, 3}, {2, 0}};
    int[] created = new int[candidates.length];
    int steps = 9000;
    for (int step = 0; step < steps; step++) {
      rule.apply(s);
      int hits = 0;
      for (int c = 0; c < candidates.length; c++) {
        int pre = candidates[c][0];
        int post = candidates[c][1];
        if (s.wee().get(pre, post) == 0.001) {
          created[c]++;
          hits++;
          // take it back so that the candidates stay the same
          s.wee().set(pre, post, w[pre][post]);
        }
      }
      assertEquals(1, hits, "step " + step);
      assertArrayEquals(w, s.wee().toDense(), "step " + step);
    }
    for (int n : created) {
      // expected 3000, sd about 45
      assertTrue(Math.abs(n - steps / 3) < 250, "created " + n);
    }
  }

  @Test
  void aLoneCandidateInALargeNetworkIsFound() {
    // 1 candidate in 9900 pairs: the pair draws nearly always miss and counting must find it
    int ne = 100;
    for (int[] lone : new int[][] {{99, 98}, {0, 1}, {42, 99}, {57, 3}}) {
      double[][] full = new double[ne][ne];
      for (int j = 0; j < ne; j++) {
        for (int i = 0; i < ne; i++) {
          full[j][i] = j == i || (j == lone[0] && i == lone[1]) ? 0.0 : 0.01;
        }
      }
      SornState s = state(full);
      oneEachStep(ne, 9L).apply(s);
      full[lone[0]][lone[1]] = 0.001;
      assertArrayEquals(full, s.wee().toDense());
    }
  }

  @Test
  void aSingleUnitHasNoCandidate() {
    SornState s = state(new double[1][1]);
    rule(1, 5L, Map.of(), Map.of("sp_base_probability", 1e6)).apply(s);
    assertEquals(0, s.wee().stored());
  }

  @Test
  void theSameSeedCreatesTheSameSynapses() {
    SornState a = state(new double[300][300]);
    SornState b = state(new double[300][300]);
    PlasticityRule ra = rule(300, 42L, Map.of(), Map.of());
    PlasticityRule rb = rule(300, 42L, Map.of(), Map.of());
    for (int step = 0; step < 500; step++) {
      ra.apply(a);
      rb.apply(b);
    }
    assertNotEquals(0, a.wee().stored());
    assertArrayEquals(a.wee().toDense(), b.wee().toDense());
  }

  @Test
  void theRunsValueBeatsTheConfigurationWhichBeatsTheDefault() {
    assertEquals(
        Map.of("sp_base_probability", 0.1, "sp_reference_ne", 200, "sp_initial_weight", 0.001),
        rule(4, 1L, Map.of(), Map.of()).parameters());
    Map<String, Object> config =
        Map.of("sp__base__probability", 0.2, "sp__reference__ne", 100, "sp__initial__weight", 0.01);
    assertEquals(
        Map.of("sp_base_probability", 0.2, "sp_reference_ne", 100, "sp_initial_weight", 0.01),
        rule(4, 1L, config, Map.of()).parameters());
    Map<String, Double> run = Map.of("sp_reference_ne", 4.0, "sp_base_probability", 1.0);
    PlasticityRule r = rule(4, 1L, config, run);
    assertEquals(
        Map.of("sp_base_probability", 1.0, "sp_reference_ne", 4, "sp_initial_weight", 0.01),
        r.parameters());
    assertEquals(
        List.of("sp_base_probability", "sp_reference_ne", "sp_initial_weight"),
        List.copyOf(r.parameters().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> r.parameters().clear());

    SornState s = state(new double[4][4]);
    r.apply(s);
    assertEquals(1, s.wee().stored());
    assertEquals(0.01, s.wee().weights()[0]);
  }

  @Test
  void rejectsANegativeRateABadReferenceSizeAndANonPositiveWeight() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> rule(4, 1L, Map.of(), Map.of("sp_base_probability", -0.1)));
    assertEquals("sp_base_probability must be a number >= 0, got -0.1", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> rule(4, 1L, Map.of(), Map.of("sp_reference_ne", 1.0)));
    assertEquals("sp_reference_ne must be a whole number >= 2, got 1.0", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> rule(4, 1L, Map.of(), Map.of("sp_reference_ne", 150.5)));
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> rule(4, 1L, Map.of("sp__initial__weight", 0.0), Map.of()));
    assertEquals("sp_initial_weight must be a positive number, got 0.0", e.getMessage());
  }

  @Test
  void fillsTheSpSlotAsTheVariantSpSizeScaled() {
    SizeScaledStructuralPlasticity mechanism = new SizeScaledStructuralPlasticity();
    assertEquals("sp", mechanism.slot());
    assertEquals("sp-size-scaled", mechanism.variant());
    assertEquals(Slots.ORDER_SP, mechanism.order());
  }
}
