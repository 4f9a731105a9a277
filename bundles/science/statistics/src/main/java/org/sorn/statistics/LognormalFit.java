package org.sorn.statistics;

/**
 * The lognormal fit of a weight distribution as the package's {@code linear_lognormal_fit} makes
 * it: the weights of at least {@code minimum} (0.01 there), mu = mean(ln w), sigma = std(ln w).
 *
 * @param mu the mean of ln w
 * @param sigma the standard deviation of ln w (ddof 0)
 * @param weights the number of weights fitted
 */
public record LognormalFit(double mu, double sigma, long weights) {

  /** The package's cut: weights below it (absent synapses, near-zero ones) are left out. */
  public static final double PACKAGE_MINIMUM = 0.01;

  /** Fits the weights of {@code matrix} of at least {@code minimum}; NaN parameters when none. */
  public static LognormalFit of(double[][] matrix, double minimum) {
    long n = 0;
    double sum = 0;
    for (double[] row : matrix) {
      for (double w : row) {
        if (w >= minimum) {
          n++;
          sum += Math.log(w);
        }
      }
    }
    double mu = sum / n;
    double squares = 0;
    for (double[] row : matrix) {
      for (double w : row) {
        if (w >= minimum) {
          double d = Math.log(w) - mu;
          squares += d * d;
        }
      }
    }
    return new LognormalFit(mu, Math.sqrt(squares / n), n);
  }

  /** The most likely weight, e^(mu - sigma^2). */
  public double mode() {
    return Math.exp(mu - sigma * sigma);
  }

  /** The mean weight of the fitted distribution, e^(mu + sigma^2 / 2). */
  public double mean() {
    return Math.exp(mu + sigma * sigma / 2);
  }

  /** The median weight, e^mu. */
  public double median() {
    return Math.exp(mu);
  }
}
