package org.sorn.statistics;

import java.util.Arrays;

/** The lag-t autocorrelation of a firing-rate series ({@code Statistics.autocorr}). */
public final class Autocorrelation {

  /** Pearson's r of {@code fr[0..n-t)} and {@code fr[t..n)}: element [0][1] of the package's matrix. */
  public static double at(double[] firingRates, int lag) {
    int n = firingRates.length;
    if (lag < 0 || lag >= n - 1) {
      throw new IllegalArgumentException(
          "lag must be in 0.." + (n - 2) + " for " + n + " rates, got " + lag);
    }
    return Descriptive.pearson(
        Arrays.copyOfRange(firingRates, 0, n - lag), Arrays.copyOfRange(firingRates, lag, n));
  }

  /** The package's 2x2 correlation matrix {@code corrcoef([fr[0:n-t], fr[t:n]])}. */
  public static double[][] matrix(double[] firingRates, int lag) {
    double r = at(firingRates, lag);
    return new double[][] {{1, r}, {r, 1}};
  }

  private Autocorrelation() {}
}
