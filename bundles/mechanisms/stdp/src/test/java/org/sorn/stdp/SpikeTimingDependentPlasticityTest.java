package org.sorn.stdp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sorn.api.Hyperparameters;
import org.sorn.api.PlasticityRule;
import org.sorn.api.Slots;
import org.sorn.engine.ActivityBuffers;
import org.sorn.engine.SornState;
import org.sorn.testkit.TestConfig;
import org.sorn.testkit.TestRun;
import org.sorn.testkit.TestStates;

class SpikeTimingDependentPlasticityTest {
  private static final double ETA = Hyperparameters.DEFAULT_ETA_STDP;
  private static final double[][] NO_WEI = new double[0][];
  private static final double[][] NO_Y = new double[0][];

  private static PlasticityRule rule(Map<String, Object> config, Map<String, Double> run) {
    SpikeTimingDependentPlasticity mechanism = new SpikeTimingDependentPlasticity();
    mechanism.configure(TestConfig.of(SpikeTimingDependentPlasticity.Config.class, config));
    return mechanism.bind(new TestRun(4, 1, 1L, run));
  }

  private static PlasticityRule defaultRule() {
    return rule(Map.of(), Map.of());
  }

  private static SornState state(double[][] wee, String xt, String xt1) {
    return TestStates.of(wee, NO_WEI, TestStates.activity(xt, xt1), NO_Y);
  }

  @Test
  void preBeforePostPotentiatesAndPostBeforePreDepresses() {
    // unit 0 fires at t, unit 1 at t+1: 0 -> 1 is causal, 1 -> 0 anti-causal
    SornState s = state(new double[][] {{0, 0.5}, {0.5, 0}}, "10", "01");
    defaultRule().apply(s);
    assertEquals(0.5 + ETA, s.wee().get(0, 1));
    assertEquals(0.5 - ETA, s.wee().get(1, 0));
  }

  @Test
  void clipsTheWholeMatrixOnlyWhenTheMatrixIsNotClipped() {
    // units 0 and 1 silent: STDP writes nothing; 1.5 stands for a value another rule wrote
    SornState s = state(new double[][] {{0, 1.5}, {0.5, 0}}, "00", "00");
    s.wee().clearChanges(true);
    s.wee().markClipped(); // a claim, false here, to see that the rule trusts it
    defaultRule().apply(s);
    assertEquals(1.5, s.wee().get(0, 1), "clipped, as the matrix says: left");
    s.wee().markChanged(1);
    defaultRule().apply(s);
    assertEquals(1.0, s.wee().get(0, 1), "marked: the package's clip of the whole matrix");
    assertEquals(1, s.wee().changedCount(), "the marks stay for the normalisation");
    assertTrue(s.wee().changedCount() > 0 && !s.wee().clipped());

    // a reader that forgets the marks without checking what they covered leaves the clip to do
    s.wee().set(0, 1, 1.5);
    s.wee().clearChanges(false);
    defaultRule().apply(s);
    assertEquals(1.0, s.wee().get(0, 1), "marks forgotten unchecked: the whole matrix clipped");
    s.wee().clearChanges(true);
    assertTrue(s.wee().clipped(), "clipped since the whole clip, the marks cleared as checked");
  }

  @Test
  void marksTheColumnsItWrites() {
    SornState s = state(new double[][] {{0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0}}, "100", "010");
    s.wee().clearChanges(true);
    defaultRule().apply(s);
    int[] marked = java.util.Arrays.copyOf(s.wee().changedColumns(), s.wee().changedCount());
    java.util.Arrays.sort(marked);
    assertArrayEquals(new int[] {0, 1}, marked); // 0 -> 1 potentiated, 1 -> 0 depressed
  }

  @Test
  void firingTogetherCancels() {
    SornState both = state(new double[][] {{0, 0.5}, {0.25, 0}}, "11", "11");
    defaultRule().apply(both);
    assertArrayEquals(new double[][] {{0, 0.5}, {0.25, 0}}, both.wee().toDense());

    SornState sameTime = state(new double[][] {{0, 0.5}, {0.25, 0}}, "11", "00");
    defaultRule().apply(sameTime);
    assertArrayEquals(new double[][] {{0, 0.5}, {0.25, 0}}, sameTime.wee().toDense());
  }

  @Test
  void silentUnitsLeaveTheirSynapsesAlone() {
    double[][] wee = {{0, 0.5, 0.1}, {0.5, 0, 0.2}, {0.3, 0.4, 0}};
    SornState s = state(wee, "100", "010");
    defaultRule().apply(s);
    // only 0 -> 1 (causal) and 1 -> 0 (anti-causal) change; unit 2 is silent throughout
    assertArrayEquals(
        new double[][] {{0, 0.5 + ETA, 0.1}, {0.5 - ETA, 0, 0.2}, {0.3, 0.4, 0}},
        s.wee().toDense());
  }

  @Test
  void aSynapseDepressedBelowZeroIsPrunedButStaysStored() {
    SornState s = state(new double[][] {{0, 0.003}, {0.5, 0}}, "01", "10");
    int stored = s.wee().stored();
    defaultRule().apply(s);
    assertEquals(0.0, s.wee().get(0, 1));
    assertEquals(stored, s.wee().stored());

    // once at 0 it is invisible to STDP, even for a causal pair
    boolean[] next = s.x().shift();
    next[0] = false;
    next[1] = true;
    s.x().indexAfter();
    defaultRule().apply(s);
    assertEquals(0.0, s.wee().get(0, 1));
  }

  @Test
  void weightsAreClippedToOneAndZeroOverTheWholeMatrix() {
    // row 2 is silent: its out-of-range entries are clipped anyway, NaN stays NaN
    double[][] wee = {{0, 0.999, 0}, {0.5, 0, 0}, {1.5, -0.25, Double.NaN}};
    SornState s = state(wee, "100", "010");
    defaultRule().apply(s);
    assertEquals(1.0, s.wee().get(0, 1));
    assertEquals(1.0, s.wee().get(2, 0));
    assertEquals(0.0, s.wee().get(2, 1));
    assertEquals(Double.NaN, s.wee().get(2, 2));
  }

  @Test
  void absentSynapsesAreNeverCreated() {
    SornState s = state(new double[][] {{0, 0}, {0, 0}}, "10", "01");
    defaultRule().apply(s);
    assertEquals(0, s.wee().stored());
  }

  @Test
  void matchesTheSpecFormulaOverEveryPairBitForBit() {
    assertMatchesReference(0.05, 11L);
    assertMatchesReference(ETA, 12L);
  }

  /** A negative rate (each clip may meet either bound) and one that crosses 1 in one step. */
  @Test
  void matchesTheSpecFormulaForNegativeAndLargeRates() {
    assertMatchesReference(-0.05, 14L);
    assertMatchesReference(0.5, 15L);
    assertMatchesReference(-0.5, 16L);
  }

  @Test
  void anInfiniteRateMakesTheSilentPairsNaNAsThePackageDoes() {
    // inf * 0 = NaN on every visited nonzero synapse, so every row must be visited
    assertMatchesReference(Double.POSITIVE_INFINITY, 13L);
  }

  @Test
  void theRunsValueBeatsTheConfigurationWhichBeatsTheDefault() {
    assertEquals(Map.of("eta_stdp", ETA), defaultRule().parameters());
    assertEquals(Map.of("eta_stdp", 0.01), rule(Map.of("eta__stdp", 0.01), Map.of()).parameters());
    PlasticityRule fromRun = rule(Map.of("eta__stdp", 0.01), Map.of("eta_stdp", 0.1));
    assertEquals(Map.of("eta_stdp", 0.1), fromRun.parameters());
    assertThrows(UnsupportedOperationException.class, () -> fromRun.parameters().clear());

    SornState s = state(new double[][] {{0, 0.5}, {0.5, 0}}, "10", "01");
    fromRun.apply(s);
    assertEquals(0.5 + 0.1, s.wee().get(0, 1));
  }

  @Test
  void fillsTheStdpSlotAsThePackagesOwnRule() {
    SpikeTimingDependentPlasticity mechanism = new SpikeTimingDependentPlasticity();
    assertEquals("stdp", mechanism.slot());
    assertEquals("stdp", mechanism.variant());
    assertEquals(Slots.ORDER_STDP, mechanism.order());
  }

  /**
   * Runs 20 random steps on a random sparse W^EE and compares with a dense transcription: once with
   * the marks left (the whole matrix clipped each step), once cleared after each step; on a matrix
   * whose rows are found from their bits (one word a row, and three) and on one so sparse that its
   * rows are read whole.
   */
  private static void assertMatchesReference(double eta, long seed) {
    for (boolean clearMarks : new boolean[] {false, true}) {
      assertMatchesReference(eta, seed, clearMarks, 30, 0.3, true);
      assertMatchesReference(eta, seed, clearMarks, 150, 0.3, true);
      assertMatchesReference(eta, seed, clearMarks, 150, 0.01, false);
    }
  }

  private static void assertMatchesReference(
      double eta, long seed, boolean clearMarks, int ne, double density, boolean byBits) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] dense = new double[ne][ne];
    for (int j = 0; j < ne; j++) {
      for (int i = 0; i < ne; i++) {
        double u = random.nextDouble();
        dense[j][i] =
            u < density ? random.nextDouble(0.0, 0.1) : u < density * 1.07 ? 1.0 : 0.0;
      }
    }
    dense[3][4] = Double.NaN;
    // outside [0, 1] before the first step (a new matrix: the whole of it is clipped after)
    dense[5][6] = 1.5;
    dense[6][5] = -0.2;
    dense[7][8] = -0.0;
    double[][] x0 = TestStates.activity(randomBits(random, ne), randomBits(random, ne));
    SornState s = TestStates.of(copy(dense), NO_WEI, x0, NO_Y);
    PlasticityRule rule = rule(Map.of(), Map.of("eta_stdp", eta));
    String where = "ne " + ne + ", density " + density + ", eta " + eta + ", step ";
    for (int step = 0; step < 20; step++) {
      ActivityBuffers x = s.x();
      if (step > 0) {
        boolean[] next = x.shift();
        for (int i = 0; i < ne; i++) {
          next[i] = random.nextDouble() < 0.3;
        }
        x.indexAfter();
      }
      changeStructure(s, dense, step, random);
      dense = reference(dense, x.before(), x.after(), eta);
      rule.apply(s);
      assertArrayEquals(dense, s.wee().toDense(), where + step);
      if (Double.isFinite(eta)) {
        assertEquals(byBits, ((SpikeTimingRule) rule).findsRowsByBits(), where + step);
      }
      if (clearMarks) {
        // as the normalisation does once every entry is in [0, 1]: from now on the rule clips
        // only what it writes
        s.wee().clearChanges(true);
      }
    }
  }

  /**
   * Between some steps, what structural plasticity and the engine do to the matrix's structure,
   * in both the matrix and its dense copy: one new synapse (the rule's pattern sets one bit), in two
   * steps running; two at once (it builds the pattern again); pruned synapses dropped; and a new
   * synapse at the last column.
   */
  private static void changeStructure(
      SornState s, double[][] dense, int step, SplittableRandom random) {
    int ne = dense.length;
    int news = step == 4 || step == 5 || step == 15 ? 1 : step == 8 ? 2 : 0;
    for (int n = 0; n < news; n++) {
      int j;
      int i;
      do {
        j = random.nextInt(ne);
        i = step == 15 ? ne - 1 : random.nextInt(ne);
      } while (i == j || s.wee().get(j, i) != 0.0 || dense[j][i] != 0.0);
      s.wee().set(j, i, 0.001);
      dense[j][i] = 0.001;
    }
    if (step == 11) {
      for (int j = 0; j < ne; j += 3) {
        for (int i = 0; i < ne; i++) {
          if (dense[j][i] > 0.0 && dense[j][i] < 0.05) {
            s.wee().set(j, i, 0.0);
            dense[j][i] = 0.0;
          }
        }
      }
      s.wee().compact();
    }
  }

  /** Spec 2.7.1 written as the package does it, over every (j, i). */
  private static double[][] reference(double[][] w, boolean[] xt, boolean[] xt1, double eta) {
    double[][] out = copy(w);
    for (int j = 0; j < w.length; j++) {
      for (int i = 0; i < w.length; i++) {
        if (w[j][i] != 0.0) {
          out[j][i] = w[j][i] + eta * (bit(xt1[i]) * bit(xt[j]) - bit(xt[i]) * bit(xt1[j]));
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

  private static double bit(boolean b) {
    return b ? 1.0 : 0.0;
  }

  private static String randomBits(SplittableRandom random, int n) {
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
