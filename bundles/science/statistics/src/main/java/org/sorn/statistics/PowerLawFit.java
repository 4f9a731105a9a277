package org.sorn.statistics;

/**
 * The maximum-likelihood exponent of a discrete power law P(x) = x^-alpha / Z(alpha) on the fixed
 * range xmin <= x <= xmax (Clauset, Shalizi and Newman 2009, discrete case, with an upper cut-off
 * as in Del Papa et al. 2017), with Z(alpha) = sum over the range of x^-alpha.
 *
 * @param alpha the fitted exponent
 * @param standardError its standard error, 1 / sqrt(n Var_alpha[ln x]) (the inverse Fisher
 *     information)
 * @param xmin the smallest value fitted
 * @param xmax the largest value fitted
 * @param samples n, the values inside the range
 */
public record PowerLawFit(
    double alpha, double standardError, long xmin, long xmax, int samples) {

  private static final double LOWEST = -10;
  private static final double HIGHEST = 20;

  /**
   * Fits the values of {@code data} in [xmin, xmax]; the others are left out.
   *
   * @throws IllegalArgumentException when the range is not 1 <= xmin < xmax or fewer than two
   *     values lie in it
   */
  public static PowerLawFit of(long[] data, long xmin, long xmax) {
    if (xmin < 1 || xmax <= xmin) {
      throw new IllegalArgumentException(
          "power-law fit range needs 1 <= xmin < xmax, got [" + xmin + ", " + xmax + "]");
    }
    int n = 0;
    double sumLog = 0;
    for (long x : data) {
      if (x >= xmin && x <= xmax) {
        n++;
        sumLog += Math.log(x);
      }
    }
    if (n < 2) {
      throw new IllegalArgumentException(
          "power-law fit needs at least 2 values in [" + xmin + ", " + xmax + "], got " + n);
    }
    double meanLog = sumLog / n;
    // an exponential family in ln x: the MLE solves E_alpha[ln x] = mean(ln x), and E_alpha[ln x]
    // falls as alpha grows, so bisection finds the one root
    double lo = LOWEST;
    double hi = HIGHEST;
    for (int i = 0; i < 200 && hi - lo > 1e-12; i++) {
      double mid = 0.5 * (lo + hi);
      if (moments(mid, xmin, xmax)[0] > meanLog) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    double alpha = 0.5 * (lo + hi);
    double[] m = moments(alpha, xmin, xmax);
    double variance = m[1] - m[0] * m[0];
    return new PowerLawFit(alpha, 1 / Math.sqrt(n * variance), xmin, xmax, n);
  }

  /** {E[ln x], E[ln^2 x]} under the power law of exponent alpha on [xmin, xmax]. */
  private static double[] moments(double alpha, long xmin, long xmax) {
    // weights relative to xmin^-alpha keep the sums finite for any alpha in the bracket
    double z = 0;
    double z1 = 0;
    double z2 = 0;
    double logMin = Math.log(xmin);
    double logMax = Math.log(xmax);
    double shift = alpha >= 0 ? -alpha * logMin : -alpha * logMax;
    for (long x = xmin; x <= xmax; x++) {
      double lx = Math.log(x);
      double w = Math.exp(-alpha * lx - shift);
      z += w;
      z1 += w * lx;
      z2 += w * lx * lx;
    }
    return new double[] {z1 / z, z2 / z};
  }
}
