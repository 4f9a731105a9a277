package org.sorn.statistics;

/**
 * The normalising constants of a power law with an exponential cut-off, x^-alpha e^(-lambda x)
 * for lambda > 0, as logarithms (they span hundreds of decades): the integral from m, by
 * Gauss-Legendre quadrature over u = ln(x / m), where the integrand e^((1-alpha) u - lambda m e^u)
 * is smooth and log-concave; the sum over integers k >= m, directly past the peak of the terms
 * and then by the Euler-Maclaurin formula with that integral.
 */
final class TruncatedSums {
  private static final int NODES = 10;
  private static final double[] NODE = new double[NODES];
  private static final double[] WEIGHT = new double[NODES];
  private static final double PANEL = 0.25;
  /** Terms and integrands below e^-42 (1e-18) of the largest are left out. */
  private static final double NEGLIGIBLE = -42;
  private static final int DIRECT_TERMS = 100;
  private static final int MAX_DIRECT_TERMS = 20_000;

  static {
    // the roots of the Legendre polynomial P_10 by Newton's method, and their weights
    for (int i = 0; i < NODES; i++) {
      double x = Math.cos(Math.PI * (i + 0.75) / (NODES + 0.5));
      double derivative = 0;
      for (int iteration = 0; iteration < 100; iteration++) {
        double p0 = 1;
        double p1 = x;
        for (int k = 2; k <= NODES; k++) {
          double p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
          p0 = p1;
          p1 = p2;
        }
        derivative = NODES * (x * p1 - p0) / (x * x - 1);
        double step = p1 / derivative;
        x -= step;
        if (Math.abs(step) < 1e-16) {
          break;
        }
      }
      NODE[i] = x;
      WEIGHT[i] = 2 / ((1 - x * x) * derivative * derivative);
    }
  }

  private TruncatedSums() {}

  /** ln of the integral of x^-alpha e^(-lambda x) over [m, infinity), lambda > 0, m > 0. */
  static double logIntegral(double alpha, double lambda, double m) {
    double c = lambda * m;
    double slope = 1 - alpha;
    // g(u) = slope u - c e^u is concave: its peak is at u* >= 0
    double peak = slope > c ? Math.log(slope / c) : 0;
    double top = slope * peak - c * Math.exp(peak);
    double sum = 0;
    // panels left of the peak, back to u = 0, and right of it, until the integrand is negligible;
    // each at most as wide as the integrand takes to fall by e^2 there
    for (double u = peak; u > 0; ) {
      double from = Math.max(0, u - width(slope, c, u, -1));
      sum += panel(slope, c, top, from, u);
      if (slope * from - c * Math.exp(from) - top < NEGLIGIBLE) {
        break;
      }
      u = from;
    }
    for (double u = peak; ; ) {
      double to = u + width(slope, c, u, 1);
      sum += panel(slope, c, top, u, to);
      if (slope * to - c * Math.exp(to) - top < NEGLIGIBLE) {
        break;
      }
      u = to;
    }
    return slope * Math.log(m) + top + Math.log(sum);
  }

  /**
   * The width of the panel from u in {@code direction}: PANEL, or less where |g'| is large, g'(u)
   * = slope - c e^u taken at both ends.
   */
  private static double width(double slope, double c, double u, int direction) {
    double h = Math.min(PANEL, 2 / Math.abs(slope - c * Math.exp(u)));
    return Math.min(h, 2 / Math.abs(slope - c * Math.exp(u + direction * h)));
  }

  /** The integral of e^(g(u) - top) over [a, b] by 10-point Gauss-Legendre. */
  private static double panel(double slope, double c, double top, double a, double b) {
    double half = (b - a) / 2;
    double middle = (a + b) / 2;
    double s = 0;
    for (int i = 0; i < NODES; i++) {
      double u = middle + half * NODE[i];
      s += WEIGHT[i] * Math.exp(slope * u - c * Math.exp(u) - top);
    }
    return s * half;
  }

  /** ln of the sum of k^-alpha e^(-lambda k) over integers k >= m, lambda > 0, m >= 1. */
  static double logSum(double alpha, double lambda, double m) {
    // the terms g(k) = -alpha ln k - lambda k peak at k* = -alpha / lambda when alpha < 0
    double peak = alpha < 0 ? Math.max(m, Math.floor(-alpha / lambda)) : m;
    double reference = g(alpha, lambda, peak);
    double end = Math.min(Math.max(m + DIRECT_TERMS, peak + DIRECT_TERMS), m + MAX_DIRECT_TERMS);
    double sum = 0;
    for (double k = m; k < end; k++) {
      sum += Math.exp(g(alpha, lambda, k) - reference);
    }
    // Euler-Maclaurin: sum_{k >= M} f(k) = integral + f/2 - f'/12 + f'''/720 at M
    double f = Math.exp(g(alpha, lambda, end) - reference);
    if (f > 0) {
      double g1 = -alpha / end - lambda;
      double g2 = alpha / (end * end);
      double g3 = -2 * alpha / (end * end * end);
      double integral = Math.exp(logIntegral(alpha, lambda, end) - reference);
      sum += integral + f / 2 - f * g1 / 12 + f * (g1 * g1 * g1 + 3 * g1 * g2 + g3) / 720;
    }
    return reference + Math.log(sum);
  }

  private static double g(double alpha, double lambda, double k) {
    return -alpha * Math.log(k) - lambda * k;
  }
}
