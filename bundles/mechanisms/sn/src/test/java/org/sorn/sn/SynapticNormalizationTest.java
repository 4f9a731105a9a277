package org.sorn.sn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sorn.api.PlasticityRule;
import org.sorn.api.Slots;
import org.sorn.engine.SornState;
import org.sorn.testkit.TestConfig;
import org.sorn.testkit.TestRun;
import org.sorn.testkit.TestStates;

class SynapticNormalizationTest {

  private static PlasticityRule rule(int ne, Map<String, Object> config) {
    SynapticNormalization mechanism = new SynapticNormalization();
    mechanism.configure(TestConfig.of(SynapticNormalization.Config.class, config));
    return mechanism.bind(TestRun.of(ne, 1));
  }

  private static SornState state(double[][] wee, double[][] wei) {
    int ne = wee.length;
    String silent = "0".repeat(ne);
    String silentI = "0".repeat(wei.length);
    return TestStates.of(
        wee, wei, TestStates.activity(silent, silent), TestStates.activity(silentI, silentI));
  }

  @Test
  void dividesEachIncomingWeightByItsColumnSum() {
    double[][] wee = {{0.0, 0.1, 0.3}, {0.2, 0.0, 0.3}, {0.3, 0.3, 0.0}};
    double[][] wei = {{0.5, 0.25, 0.0}};
    SornState s = state(wee, wei);
    rule(3, Map.of()).apply(s);
    double c0 = 0.0 + 0.2 + 0.3;
    double c1 = 0.1 + 0.0 + 0.3;
    double c2 = 0.3 + 0.3 + 0.0;
    assertArrayEquals(
        new double[][] {
          {0.0, 0.1 / c1, 0.3 / c2}, {0.2 / c0, 0.0, 0.3 / c2}, {0.3 / c0, 0.3 / c1, 0.0}
        },
        s.wee().toDense());
    assertEquals(0.4, s.wee().get(1, 0), 1e-15);
    assertEquals(0.75, s.wee().get(2, 1), 1e-15);
    // a single incoming I weight becomes 1; the empty third column stays empty
    assertArrayEquals(new double[][] {{1.0, 1.0, 0.0}}, s.wei().toDense());
  }

  @Test
  void everyColumnSumsToOne() {
    SplittableRandom random = new SplittableRandom(5L);
    int ne = 40;
    SornState s = state(randomSparse(random, ne, ne, 0.3), randomSparse(random, 8, ne, 0.5));
    rule(ne, Map.of()).apply(s);
    for (double[][] w : new double[][][] {s.wee().toDense(), s.wei().toDense()}) {
      for (int i = 0; i < ne; i++) {
        double sum = 0.0;
        for (double[] row : w) {
          sum += row[i];
        }
        assertEquals(1.0, sum, 1e-12, "column " + i);
      }
    }
  }

  @Test
  void aColumnPrunedToZeroStaysZeroInsteadOfNaN() {
    // column 1 of W^EE holds only a stored 0.0 (a pruned synapse): decision on quirk Q17
    SornState s = state(new double[][] {{0.0, 0.0}, {0.5, 0.0}}, new double[][] {{0.0, 0.0}});
    s.wee().set(0, 1, 0.0);
    rule(2, Map.of()).apply(s);
    assertArrayEquals(new double[][] {{0.0, 0.0}, {1.0, 0.0}}, s.wee().toDense());
    assertArrayEquals(new double[][] {{0.0, 0.0}}, s.wei().toDense());
  }

  @Test
  void aNaNColumnStaysNaNAsInThePackage() {
    SornState s = state(new double[][] {{0.0, Double.NaN}, {0.5, 0.25}}, new double[][] {{1, 1}});
    rule(2, Map.of()).apply(s);
    assertArrayEquals(new double[][] {{0.0, Double.NaN}, {1.0, Double.NaN}}, s.wee().toDense());
  }

  @Test
  void matchesTheSpecFormulaBitForBit() {
    SplittableRandom random = new SplittableRandom(9L);
    int ne = 50;
    double[][] wee = randomSparse(random, ne, ne, 0.4);
    double[][] wei = randomSparse(random, 10, ne, 0.6);
    SornState s = state(copy(wee), copy(wei));
    PlasticityRule rule = rule(ne, Map.of());
    for (int step = 0; step < 3; step++) {
      wee = reference(wee);
      wei = reference(wei);
      rule.apply(s);
      assertArrayEquals(wee, s.wee().toDense(), "W^EE, step " + step);
      assertArrayEquals(wei, s.wei().toDense(), "W^EI, step " + step);
      // perturb so the next normalisation is not a no-op, marking the column as a rule does
      s.wee().weights()[step] *= 3.0;
      s.wee().markChanged(s.wee().postsynaptic()[step]);
      wee = s.wee().toDense();
    }
  }

  @Test
  void dividesOnlyTheMarkedColumnsOnceTheOthersAreSettled() {
    SornState s = state(new double[][] {{0.0, 0.5}, {0.25, 0.0}}, new double[][] {{1, 1}});
    PlasticityRule rule = rule(2, Map.of());
    rule.apply(s); // every column: sums 0.25 and 0.5 become exactly 1.0
    assertArrayEquals(new double[][] {{0.0, 1.0}, {1.0, 0.0}}, s.wee().toDense());
    // an unmarked write is not seen: the engine marks every column after a rule that does not mark
    s.wee().set(0, 0, 0.5);
    s.wee().clearChanges(true);
    s.wee().weights()[2] = 3.0; // W[1][0]
    rule.apply(s);
    assertEquals(3.0, s.wee().get(1, 0), "unmarked column left alone");
    s.wee().markChanged(0);
    rule.apply(s);
    assertEquals(0.5 / 3.5, s.wee().get(0, 0));
    assertEquals(3.0 / 3.5, s.wee().get(1, 0));
    s.wee().weights()[0] = 4.0;
    s.wee().markAllChanged();
    rule.apply(s);
    assertEquals(1.0, s.wee().get(0, 1), "marked all: every column divided");
  }

  @Test
  void agreesWithTheFullNormalisationOverManyMarkedSteps() {
    SplittableRandom random = new SplittableRandom(3L);
    int ne = 40;
    double[][] wee = randomSparse(random, ne, ne, 0.3);
    double[][] wei = randomSparse(random, 8, ne, 0.5);
    SornState s = state(copy(wee), copy(wei));
    PlasticityRule rule = rule(ne, Map.of());
    for (int step = 0; step < 500; step++) {
      wee = reference(wee);
      wei = reference(wei);
      rule.apply(s);
      assertArrayEquals(wee, s.wee().toDense(), "W^EE, step " + step);
      assertArrayEquals(wei, s.wei().toDense(), "W^EI, step " + step);
      // a few entries change, as STDP changes them, each marked
      for (int c = 0; c < 3; c++) {
        int k = random.nextInt(s.wee().stored());
        s.wee().weights()[k] += 0.001;
        s.wee().markChanged(s.wee().postsynaptic()[k]);
      }
      wee = s.wee().toDense();
    }
  }

  @Test
  void leavesTheInhibitoryWeightsAloneWhenConfiguredSo() {
    double[][] wei = {{0.5, 0.25}, {0.5, 0.0}};
    SornState s = state(new double[][] {{0.0, 0.2}, {0.2, 0.0}}, wei);
    PlasticityRule r = rule(2, Map.of("normalize__inhibitory", false));
    r.apply(s);
    assertArrayEquals(new double[][] {{0.0, 1.0}, {1.0, 0.0}}, s.wee().toDense());
    assertArrayEquals(wei, s.wei().toDense());
    assertEquals(Map.of("normalize_inhibitory", false), r.parameters());
  }

  @Test
  void neverTouchesTheExcitatoryToInhibitoryWeights() {
    SornState s = state(new double[][] {{0.0, 0.2}, {0.2, 0.0}}, new double[][] {{0.5, 0.5}});
    s.wie().set(0, 0, 0.7);
    s.wie().set(1, 0, 0.7);
    rule(2, Map.of()).apply(s);
    assertArrayEquals(new double[][] {{0.7}, {0.7}}, s.wie().toDense());
  }

  @Test
  void thePackagesRuleHasNoParameters() {
    PlasticityRule r = rule(4, Map.of());
    assertTrue(r.parameters().isEmpty());
  }

  @Test
  void worksOnAStateOfAnotherSizeThanTheRunSays() {
    double[][] wee = {{0.0, 0.2, 0.2}, {0.2, 0.0, 0.2}, {0.2, 0.2, 0.0}};
    SornState s = state(wee, new double[][] {{0.1, 0.1, 0.1}});
    rule(2, Map.of()).apply(s);
    assertEquals(0.5, s.wee().get(0, 1));
  }

  @Test
  void fillsTheSsSlotAsThePackagesOwnRule() {
    SynapticNormalization mechanism = new SynapticNormalization();
    assertEquals("ss", mechanism.slot());
    assertEquals("ss", mechanism.variant());
    assertEquals(Slots.ORDER_SS, mechanism.order());
  }

  /** Spec 2.7.5 as the package does it: sequential column sums, then one division per entry. */
  private static double[][] reference(double[][] w) {
    double[][] out = copy(w);
    for (int i = 0; i < w[0].length; i++) {
      double sum = w[0][i];
      for (int j = 1; j < w.length; j++) {
        sum += w[j][i];
      }
      for (int j = 0; j < w.length; j++) {
        if (sum != 0.0) {
          out[j][i] = w[j][i] / sum;
        }
      }
    }
    return out;
  }

  private static double[][] randomSparse(SplittableRandom random, int rows, int cols, double p) {
    double[][] w = new double[rows][cols];
    for (double[] row : w) {
      for (int i = 0; i < cols; i++) {
        row[i] = random.nextDouble() < p ? random.nextDouble(0.0, 0.1) : 0.0;
      }
    }
    return w;
  }

  private static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int j = 0; j < a.length; j++) {
      c[j] = a[j].clone();
    }
    return c;
  }
}
