package org.sorn.statistics;

/** Means, variances and Pearson correlations as numpy computes them. */
public final class Descriptive {

  /** The arithmetic mean; NaN for no values. */
  public static double mean(double[] x) {
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    return sum / x.length;
  }

  /** The population variance (ddof 0). */
  public static double variance(double[] x) {
    double m = mean(x);
    double sum = 0;
    for (double v : x) {
      sum += (v - m) * (v - m);
    }
    return sum / x.length;
  }

  /** The population standard deviation (ddof 0). */
  public static double std(double[] x) {
    return Math.sqrt(variance(x));
  }

  /** {@code x[i+1] - x[i]}. */
  public static double[] diff(double[] x) {
    double[] d = new double[Math.max(0, x.length - 1)];
    for (int i = 0; i < d.length; i++) {
      d[i] = x[i + 1] - x[i];
    }
    return d;
  }

  /** Pearson's r of two equally long series, clipped to [-1, 1]; NaN when one is constant. */
  public static double pearson(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "series must be equally long, got " + x.length + " and " + y.length);
    }
    double mx = mean(x);
    double my = mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    double r = sxy / Math.sqrt(sxx) / Math.sqrt(syy);
    return Double.isNaN(r) ? r : Math.max(-1, Math.min(1, r));
  }

  /** The values as doubles. */
  public static double[] toDoubles(int[] x) {
    double[] d = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      d[i] = x[i];
    }
    return d;
  }

  private Descriptive() {}
}
