package org.sorn.istdp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sorn.api.PlasticityRule;
import org.sorn.api.Slots;
import org.sorn.engine.ActivityBuffers;
import org.sorn.engine.SornState;
import org.sorn.testkit.TestConfig;
import org.sorn.testkit.TestRun;
import org.sorn.testkit.TestStates;

class InhibitorySpikeTimingDependentPlasticityTest {
  private static final double ETA = 0.001;
  private static final double MU = 0.1;

  private static PlasticityRule rule(Map<String, Object> config, Map<String, Double> run) {
    InhibitorySpikeTimingDependentPlasticity mechanism =
        new InhibitorySpikeTimingDependentPlasticity();
    mechanism.configure(
        TestConfig.of(InhibitorySpikeTimingDependentPlasticity.Config.class, config));
    return mechanism.bind(new TestRun(5, 1, 1L, run));
  }

  private static PlasticityRule defaultRule() {
    return rule(Map.of(), Map.of());
  }

  /** W^EI with E activity x(t) silent and x(t+1) given, I activity y(t), y(t+1) given. */
  private static SornState state(double[][] wei, String xt1, String yt, String yt1) {
    int ne = xt1.length();
    return TestStates.of(
        new double[ne][ne],
        wei,
        TestStates.activity("0".repeat(ne), xt1),
        TestStates.activity(yt, yt1));
  }

  @Test
  void anActiveInhibitoryUnitGainsOnFiringTargetsAndLosesOnSilentOnes() {
    SornState s = state(new double[][] {{0.5, 0.5}}, "10", "1", "0");
    defaultRule().apply(s);
    // E0 fires at t+1: +eta/mu = +0.01; E1 stays silent: -eta
    double gain = ((-ETA) * 1.0) * (1.0 - 1.0 * (1.0 + 1.0 / MU));
    double loss = ((-ETA) * 1.0) * (1.0 - 0.0 * (1.0 + 1.0 / MU));
    assertEquals(0.5 + gain, s.wei().get(0, 0));
    assertEquals(0.5 + loss, s.wei().get(0, 1));
    assertEquals(0.51, s.wei().get(0, 0), 1e-15);
    assertEquals(0.499, s.wei().get(0, 1), 1e-15);
  }

  @Test
  void onlyTheInhibitoryActivityAtTCounts() {
    // I0 silent at t but active at t+1, I1 active at t: only row 1 changes
    SornState s = state(new double[][] {{0.5, 0.5}, {0.25, 0.25}}, "01", "01", "10");
    defaultRule().apply(s);
    assertArrayEquals(new double[] {0.5, 0.5}, s.wei().toDense()[0]);
    assertEquals(0.25 - ETA, s.wei().get(1, 0), 1e-15);
    assertEquals(0.25 + ETA / MU, s.wei().get(1, 1), 1e-15);
  }

  @Test
  void weightsAreClippedAndPrunedSynapsesStayStoredAndFrozen() {
    double[][] wei = {{0.0005, 0.995, 0.0}, {1.5, -0.2, Double.NaN}};
    SornState s = state(wei, "010", "10", "00");
    int stored = s.wei().stored();
    defaultRule().apply(s);
    assertArrayEquals(
        new double[][] {{0.0, 1.0, 0.0}, {1.0, 0.0, Double.NaN}}, s.wei().toDense());
    assertEquals(stored, s.wei().stored());

    // the pruned (0,0) is invisible from now on, even to a gain
    boolean[] x = s.x().shift();
    x[0] = true;
    s.x().indexAfter();
    defaultRule().apply(s);
    assertEquals(0.0, s.wei().get(0, 0));
  }

  @Test
  void matchesTheSpecFormulaOverEveryPairBitForBit() {
    assertMatchesReference(ETA, MU, 21L);
    assertMatchesReference(0.02, 0.3, 22L);
  }

  @Test
  void aZeroMuMakesTheSilentRowsNaNAsThePackageDoes() {
    // 1/0 = inf: 0*inf = NaN on every visited synapse, so every row must be visited
    assertMatchesReference(ETA, 0.0, 23L);
    assertMatchesReference(Double.POSITIVE_INFINITY, MU, 24L);
  }

  @Test
  void theRunsValueBeatsTheConfigurationWhichBeatsTheDefault() {
    assertEquals(Map.of("eta_inhib", 0.001, "mu_ip", 0.1), defaultRule().parameters());
    Map<String, Object> config = Map.of("eta__inhib", 0.002, "mu__ip", 0.2);
    assertEquals(Map.of("eta_inhib", 0.002, "mu_ip", 0.2), rule(config, Map.of()).parameters());
    PlasticityRule r = rule(config, Map.of("mu_ip", 0.5));
    assertEquals(Map.of("eta_inhib", 0.002, "mu_ip", 0.5), r.parameters());
    assertThrows(UnsupportedOperationException.class, () -> r.parameters().clear());

    SornState s = state(new double[][] {{0.5}}, "1", "1", "0");
    r.apply(s);
    assertEquals(0.5 + ((-0.002) * 1.0) * (1.0 - 1.0 * (1.0 + 1.0 / 0.5)), s.wei().get(0, 0));
  }

  @Test
  void fillsTheIstdpSlotAsThePackagesOwnRule() {
    InhibitorySpikeTimingDependentPlasticity mechanism =
        new InhibitorySpikeTimingDependentPlasticity();
    assertEquals("istdp", mechanism.slot());
    assertEquals("istdp", mechanism.variant());
    assertEquals(Slots.ORDER_ISTDP, mechanism.order());
  }

  /** Runs 20 random steps on a random sparse W^EI and compares with a dense transcription. */
  private static void assertMatchesReference(double eta, double mu, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int ne = 30;
    int ni = 6;
    double[][] dense = new double[ni][ne];
    for (double[] row : dense) {
      for (int i = 0; i < ne; i++) {
        double u = random.nextDouble();
        row[i] = u < 0.4 ? random.nextDouble(0.0, 0.05) : u < 0.42 ? 1.0 : 0.0;
      }
    }
    dense[2][5] = Double.NaN;
    SornState s = state(copy(dense), "0".repeat(ne), "0".repeat(ni), "0".repeat(ni));
    PlasticityRule rule = rule(Map.of(), Map.of("eta_inhib", eta, "mu_ip", mu));
    for (int step = 0; step < 20; step++) {
      randomStep(s.x(), random);
      randomStep(s.y(), random);
      dense = reference(dense, s.x().after(), s.y().before(), eta, mu);
      rule.apply(s);
      assertArrayEquals(dense, s.wei().toDense(), "step " + step);
    }
  }

  /** Spec 2.7.4 written as the package does it, over every (k, i). */
  private static double[][] reference(
      double[][] w, boolean[] xt1, boolean[] yt, double eta, double mu) {
    double[][] out = copy(w);
    for (int k = 0; k < w.length; k++) {
      for (int i = 0; i < w[k].length; i++) {
        if (w[k][i] != 0.0) {
          out[k][i] = w[k][i] + ((-eta) * bit(yt[k])) * (1 - bit(xt1[i]) * (1 + 1 / mu));
        }
      }
    }
    for (double[] row : out) {
      for (int i = 0; i < row.length; i++) {
        if (row[i] <= 0.0) {
          row[i] = 0.0;
        }
        if (row[i] > 1.0) {
          row[i] = 1.0;
        }
      }
    }
    return out;
  }

  private static void randomStep(ActivityBuffers a, SplittableRandom random) {
    boolean[] next = a.shift();
    for (int i = 0; i < next.length; i++) {
      next[i] = random.nextDouble() < 0.3;
    }
    a.indexAfter();
  }

  private static double bit(boolean b) {
    return b ? 1.0 : 0.0;
  }

  private static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int j = 0; j < a.length; j++) {
      c[j] = a[j].clone();
    }
    return c;
  }
}
