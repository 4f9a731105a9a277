package org.sorn.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Avalanches and the discrete power-law fit. */
class AvalanchesTest {

  @Test
  void avalanchesAreRunsAboveHalfTheMeanActivity() {
    // mean 3.2 -> half 1.6 -> threshold 1 (rounded down, as Del Papa's code); runs above 1:
    // {5, 3} then {2, 6, 2}; the last run {9, 4} is still going
    int[] activity = {0, 5, 3, 1, 2, 6, 2, 0, 9, 4};
    assertEquals(32, java.util.Arrays.stream(activity).sum());
    Avalanches a = Avalanches.of(activity);
    assertEquals(1, a.threshold());
    assertArrayEquals(new long[] {4 + 2, 1 + 5 + 1}, a.sizes());
    assertArrayEquals(new long[] {2, 3}, a.durations());
  }

  @Test
  void theFitRecoversAKnownExponent() {
    long xmin = 2;
    long xmax = 1000;
    for (double alpha : new double[] {1.5, 2.0, 2.5}) {
      long[] samples = powerLaw(alpha, xmin, xmax, 20_000, new SplittableRandom(42));
      PowerLawFit fit = PowerLawFit.of(samples, xmin, xmax);
      assertEquals(20_000, fit.samples());
      assertTrue(fit.standardError() > 0 && fit.standardError() < 0.05, "se " + fit.standardError());
      assertEquals(alpha, fit.alpha(), 3 * fit.standardError(), "fit " + fit);
    }
  }

  @Test
  void theFitLeavesOutValuesOutsideItsRange() {
    long[] samples = powerLaw(2.0, 5, 200, 10_000, new SplittableRandom(7));
    long[] withOutliers = java.util.Arrays.copyOf(samples, samples.length + 3);
    withOutliers[samples.length] = 1;
    withOutliers[samples.length + 1] = 4;
    withOutliers[samples.length + 2] = 100_000;
    PowerLawFit a = PowerLawFit.of(samples, 5, 200);
    PowerLawFit b = PowerLawFit.of(withOutliers, 5, 200);
    assertEquals(a.alpha(), b.alpha(), 1e-12);
    assertEquals(a.samples(), b.samples());
  }

  @Test
  void aBadRangeIsRefusedInOneLine() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PowerLawFit.of(new long[] {3}, 5, 2));
    assertEquals("power-law fit range needs 1 <= xmin < xmax, got [5, 2]", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PowerLawFit.of(new long[] {3}, 1, 10));
  }

  /** Samples of P(x) ~ x^-alpha on [xmin, xmax] by inverting the cumulative distribution. */
  static long[] powerLaw(double alpha, long xmin, long xmax, int n, SplittableRandom random) {
    int size = (int) (xmax - xmin + 1);
    double[] cumulative = new double[size];
    double sum = 0;
    for (int k = 0; k < size; k++) {
      sum += Math.pow(xmin + k, -alpha);
      cumulative[k] = sum;
    }
    long[] samples = new long[n];
    for (int i = 0; i < n; i++) {
      double u = random.nextDouble() * sum;
      int k = java.util.Arrays.binarySearch(cumulative, u);
      samples[i] = xmin + (k >= 0 ? k : -k - 1);
    }
    return samples;
  }
}
