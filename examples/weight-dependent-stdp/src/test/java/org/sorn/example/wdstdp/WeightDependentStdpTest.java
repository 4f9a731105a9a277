package org.sorn.example.wdstdp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sorn.api.PlasticityRule;
import org.sorn.api.Slots;
import org.sorn.engine.ActivityBuffers;
import org.sorn.engine.SornState;

/** The rule on small real states, built with the engine's classes (a test-scope dependency). */
class WeightDependentStdpTest {
  private static final double[][] NO_WEI = new double[0][];
  private static final double[][] NO_Y = new double[0][];

  private static PlasticityRule rule(Map<String, Object> config, Map<String, Double> run) {
    WeightDependentStdp mechanism = new WeightDependentStdp();
    mechanism.configure(TestConfig.of(WeightDependentStdp.Config.class, config));
    return mechanism.bind(new TestRun(4, 1, 1L, run));
  }

  private static PlasticityRule defaultRule() {
    return rule(Map.of(), Map.of());
  }

  /** W^EE and the activity x(t), x(t+1) as 0/1 strings. */
  private static SornState state(double[][] wee, String xt, String xt1) {
    return TestStates.of(wee, NO_WEI, TestStates.activity(xt, xt1), NO_Y);
  }

  @Test
  void preBeforePostPotentiatesByEtaPlusTimesOneMinusW() {
    // unit 0 fires at t, unit 1 at t+1: 0 -> 1 is causal, 1 -> 0 anti-causal
    SornState s = state(new double[][] {{0, 0.5}, {0.5, 0}}, "10", "01");
    defaultRule().apply(s);
    assertEquals(0.5 + 0.004 * 0.5, s.wee().get(0, 1), 1e-15);
    assertEquals(0.5 - 0.004 * 0.5, s.wee().get(1, 0), 1e-15);
  }

  @Test
  void theChangeShrinksTowardsTheBound() {
    // three causal synapses onto unit 3 with different weights
    double[][] wee = {{0, 0, 0, 0.9}, {0, 0, 0, 0.5}, {0, 0, 0, 0.1}, {0, 0, 0, 0}};
    SornState s = state(wee, "1110", "0001");
    defaultRule().apply(s);
    double gainNearOne = s.wee().get(0, 3) - 0.9;
    double gainNearZero = s.wee().get(2, 3) - 0.1;
    assertEquals(0.004 * 0.1, gainNearOne, 1e-15);
    assertEquals(0.004 * 0.9, gainNearZero, 1e-15);

    // and the reverse order: depression is eta_minus * w
    SornState r = state(wee, "0001", "1110");
    defaultRule().apply(r);
    assertEquals(0.9 - 0.004 * 0.9, r.wee().get(0, 3), 1e-15);
    assertEquals(0.1 - 0.004 * 0.1, r.wee().get(2, 3), 1e-15);
  }

  @Test
  void bothPairingsInOneStepApplyTheirSumOnce() {
    // 0 and 1 fire at t and at t+1: 0 -> 1 is both causal and anti-causal
    PlasticityRule rule = rule(Map.of(), Map.of("eta_plus", 0.01, "eta_minus", 0.03));
    SornState s = state(new double[][] {{0, 0.4}, {0, 0}}, "11", "11");
    rule.apply(s);
    // 0.4 + (0.01 * 0.6 - 0.03 * 0.4) = 0.394, not 0.39382 as one change after the other
    assertEquals(0.4 + (0.01 * (1.0 - 0.4) - 0.03 * 0.4), s.wee().get(0, 1));
    assertEquals(0.394, s.wee().get(0, 1), 1e-15);
  }

  @Test
  void silentUnitsLeaveTheirSynapsesAloneAndAbsentOnesAreNeverCreated() {
    double[][] wee = {{0, 0.5, 0.1}, {0, 0, 0.2}, {0.3, 0.4, 0}};
    SornState s = state(wee, "100", "010");
    int stored = s.wee().stored();
    defaultRule().apply(s);
    // only 0 -> 1 is paired; 1 -> 0 is absent and stays so; unit 2 is silent throughout
    assertArrayEquals(
        new double[][] {{0, 0.5 + 0.004 * 0.5, 0.1}, {0, 0, 0.2}, {0.3, 0.4, 0}},
        s.wee().toDense());
    assertEquals(stored, s.wee().stored());
  }

  @Test
  void weightsAreClippedToZeroAndOneOverTheWholeMatrix() {
    // row 2 is silent: its out-of-range entries are clipped anyway, NaN stays NaN
    double[][] wee = {{0, 0.5, 0}, {0.5, 0, 0}, {1.5, -0.25, Double.NaN}};
    SornState s = state(wee, "100", "010");
    defaultRule().apply(s);
    assertEquals(1.0, s.wee().get(2, 0));
    assertEquals(0.0, s.wee().get(2, 1));
    assertEquals(Double.NaN, s.wee().get(2, 2));
  }

  @Test
  void matchesTheEquationOverEveryPairBitForBit() {
    SplittableRandom random = new SplittableRandom(11);
    int ne = 30;
    double[][] dense = new double[ne][ne];
    for (int j = 0; j < ne; j++) {
      for (int i = 0; i < ne; i++) {
        double u = random.nextDouble();
        dense[j][i] = u < 0.3 ? random.nextDouble() : u < 0.32 ? 1.0 : 0.0;
      }
    }
    double etaPlus = 0.05;
    double etaMinus = 0.08;
    double[][] x0 = TestStates.activity(bits(random, ne), bits(random, ne));
    SornState s = TestStates.of(copy(dense), NO_WEI, x0, NO_Y);
    PlasticityRule rule = rule(Map.of(), Map.of("eta_plus", etaPlus, "eta_minus", etaMinus));
    for (int step = 0; step < 50; step++) {
      ActivityBuffers x = s.x();
      if (step > 0) {
        boolean[] next = x.shift();
        for (int i = 0; i < ne; i++) {
          next[i] = random.nextDouble() < 0.3;
        }
        x.indexAfter();
      }
      dense = reference(dense, x.before(), x.after(), etaPlus, etaMinus);
      rule.apply(s);
      assertArrayEquals(dense, s.wee().toDense(), "step " + step);
    }
  }

  /** The class javadoc's equation over every (j, i), then the package's clip. */
  private static double[][] reference(
      double[][] w, boolean[] xt, boolean[] xt1, double etaPlus, double etaMinus) {
    double[][] out = copy(w);
    for (int j = 0; j < w.length; j++) {
      for (int i = 0; i < w.length; i++) {
        double v = w[j][i];
        if (v != 0.0) {
          double potentiation = etaPlus * (1.0 - v) * bit(xt[j]) * bit(xt1[i]);
          double depression = etaMinus * v * bit(xt[i]) * bit(xt1[j]);
          out[j][i] = v + (potentiation - depression);
        }
      }
    }
    for (double[] row : out) {
      for (int i = 0; i < row.length; i++) {
        row[i] = row[i] <= 0.0 ? 0.0 : row[i] > 1.0 ? 1.0 : row[i];
      }
    }
    return out;
  }

  @Test
  void aStepAllocatesNothing() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    SplittableRandom random = new SplittableRandom(5);
    int ne = 200;
    double[][] dense = new double[ne][ne];
    for (double[] row : dense) {
      for (int i = 0; i < ne; i++) {
        row[i] = random.nextDouble() < 0.1 ? random.nextDouble() : 0.0;
      }
    }
    double[][] x0 = TestStates.activity(bits(random, ne), bits(random, ne));
    SornState s = TestStates.of(dense, NO_WEI, x0, NO_Y);
    PlasticityRule rule = defaultRule();
    for (int step = 0; step < 20_000; step++) {
      rule.apply(s);
    }
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int step = 0; step < 1000; step++) {
      rule.apply(s);
    }
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    // one object per step would be at least 16 000 bytes
    assertTrue(allocated < 1000, allocated + " bytes allocated in 1000 steps");
  }

  @Test
  void theRunsValueBeatsTheConfigurationWhichBeatsTheDefault() {
    assertEquals(Map.of("eta_plus", 0.004, "eta_minus", 0.004), defaultRule().parameters());
    Map<String, Object> config = Map.of("eta__plus", 0.01, "eta__minus", 0.02);
    assertEquals(Map.of("eta_plus", 0.01, "eta_minus", 0.02), rule(config, Map.of()).parameters());
    PlasticityRule fromRun = rule(config, Map.of("eta_minus", 0.1));
    assertEquals(Map.of("eta_plus", 0.01, "eta_minus", 0.1), fromRun.parameters());
    assertEquals(List.of("eta_plus", "eta_minus"), List.copyOf(fromRun.parameters().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> fromRun.parameters().clear());
  }

  @Test
  void rejectsARateThatIsNegativeOrNotFinite() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> rule(Map.of(), Map.of("eta_plus", -0.5)));
    assertEquals("eta_plus must be a finite number >= 0, got -0.5", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> rule(Map.of("eta__minus", Double.POSITIVE_INFINITY), Map.of()));
    assertEquals("eta_minus must be a finite number >= 0, got Infinity", e.getMessage());
  }

  @Test
  void fillsTheStdpSlotAsTheVariantWeightDependentStdp() {
    WeightDependentStdp mechanism = new WeightDependentStdp();
    assertEquals("stdp", mechanism.slot());
    assertEquals("weight-dependent-stdp", mechanism.variant());
    assertEquals(Slots.ORDER_STDP, mechanism.order());
  }

  private static double bit(boolean b) {
    return b ? 1.0 : 0.0;
  }

  private static String bits(SplittableRandom random, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(random.nextDouble() < 0.3 ? '1' : '0');
    }
    return sb.toString();
  }

  private static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int j = 0; j < a.length; j++) {
      c[j] = a[j].clone();
    }
    return c;
  }
}
