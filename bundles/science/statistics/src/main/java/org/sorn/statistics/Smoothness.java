package org.sorn.statistics;

/** How smoothly the network firing rate changes ({@code Statistics.*_smoothness_measure}). */
public final class Smoothness {

  /** {@code std(diff(fr))}, population standard deviation (ddof 0). */
  public static double scaleDependent(double[] firingRates) {
    double[] d = Descriptive.diff(firingRates);
    return Descriptive.std(d);
  }

  /**
   * {@code std(diff(fr)) / |mean(diff(fr))|}; infinite (or NaN for a constant rate) when the
   * mean difference is 0, as in the package.
   */
  public static double scaleIndependent(double[] firingRates) {
    double[] d = Descriptive.diff(firingRates);
    return Descriptive.std(d) / Math.abs(Descriptive.mean(d));
  }

  private Smoothness() {}
}
