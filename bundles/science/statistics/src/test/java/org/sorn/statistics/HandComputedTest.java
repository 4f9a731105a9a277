package org.sorn.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where the package is wrong: what it meant, on cases small enough to compute by hand. */
class HandComputedTest {
  private static final boolean X = true;
  private static final boolean o = false;

  // 4 steps x 3 neurons; neuron 2 is silent
  private static final boolean[][] TRAIN = {
    {X, o, o},
    {X, X, o},
    {o, X, o},
    {o, o, o},
  };

  @Test
  void averageCorrelationDividesByNAndLeavesOutTheSilentNeuron() {
    double[][] c = Correlation.matrix(TRAIN);
    // neurons 0 and 1: T=4, c0=2, c1=2, c01=1 -> r = (4*1 - 2*2) / (2*2) = 0
    assertEquals(0.0, c[0][1], 1e-15);
    assertTrue(Double.isNaN(c[2][2]));
    // {{1, 0}, {0, 1}} over 2*2 entries
    assertEquals(0.5, Correlation.average(c), 1e-15);
    assertEquals(0.0, Correlation.averageBetweenNeurons(c), 1e-15);
    assertTrue(Double.isNaN(Correlation.averageAsPackage(c)));
  }

  @Test
  void anticorrelatedPairWithoutSilentNeuron() {
    boolean[][] st = {{X, o}, {o, X}, {X, o}, {o, X}};
    double[][] c = Correlation.matrix(st);
    assertEquals(-1.0, c[0][1], 1e-15);
    // (1 - 1 - 1 + 1) / 4 = 0, where the package gives 0 / 40000 too; off-diagonal mean -1
    assertEquals(0.0, Correlation.average(c), 1e-15);
    assertEquals(-1.0, Correlation.averageBetweenNeurons(c), 1e-15);
    // three neurons all alike: every entry 1, the mean is 1 (the package: 9 / 40000)
    boolean[][] same = {{X, X, X}, {o, o, o}};
    assertEquals(1.0, Correlation.average(Correlation.matrix(same)), 1e-15);
    assertEquals(9.0 / 40000, Correlation.averageAsPackage(Correlation.matrix(same)), 1e-18);
  }

  @Test
  void intervalsOfATwoDimensionalTrainArePerNeuron() {
    boolean[][] st = {
      {X, o},
      {o, X},
      {X, o},
      {o, o},
      {o, X},
      {X, X},
    };
    // neuron 0 spikes at 0, 2, 5 -> 2, 3; neuron 1 at 1, 4, 5 -> 3, 1
    assertArrayEquals(new int[] {2, 3, 3, 1}, SpikeTimes.intervals(st));
    // the package: neuron indices 0,1,0,1,0,1 differenced
    assertArrayEquals(new int[] {1, -1, 1, -1, 1}, SpikeTimes.intervalsAsPackage(st));
  }

  @Test
  void entropyCountsASilentNeuronAsZero() {
    // spikes: neuron 0 twice, neuron 1 twice, neuron 2 never: p = 1/2, 1/2
    // H / log 3 = (2 * 1/2 ln 2) / ln 3
    double expected = Math.log(2) / Math.log(3);
    assertEquals(expected, SpikeSourceEntropy.of(TRAIN, 3), 1e-15);
    assertTrue(Double.isNaN(SpikeSourceEntropy.ofAsPackage(TRAIN, 3)));
    assertTrue(Double.isNaN(SpikeSourceEntropy.of(new boolean[][] {{o, o}}, 2)));
  }

  @Test
  void fanoFactorOfASilentNeuronIsUndefined() {
    FanoFactor f = FanoFactor.of(TRAIN, 2, 2);
    assertEquals(0.0, f.mean());
    assertTrue(Double.isNaN(f.fano()));
    // neuron 0: windows {X, X}, {o, o} -> counts 2, 0: mean 1, variance 1
    FanoFactor g = FanoFactor.of(TRAIN, 0, 2);
    assertEquals(1.0, g.fano(), 1e-15);
  }

  @Test
  void meanFiringRate() {
    assertEquals(4.0 / 12, FiringRate.meanFraction(TRAIN), 1e-15);
  }

  @Test
  void lognormalFitOfTheWeights() {
    double e = Math.E;
    double[][] w = {{0, 1, e}, {e * e, 0.001, 0}};
    LognormalFit fit = LognormalFit.of(w, LognormalFit.PACKAGE_MINIMUM);
    // ln w = 0, 1, 2
    assertEquals(3, fit.weights());
    assertEquals(1.0, fit.mu(), 1e-15);
    assertEquals(Math.sqrt(2.0 / 3), fit.sigma(), 1e-15);
    assertEquals(e, fit.median(), 1e-14);
  }
}
