package org.sorn.statistics;

/**
 * The standard normal's tail Q(z) = P(Z > z) and its logarithm, to full relative precision far
 * into both tails (a lognormal's likelihood divides small differences of them). Exact values at
 * the nodes of a grid over [0, 8], from erf's series of positive terms, erf(x) = 2/sqrt(pi) e^(-x^2)
 * sum_n 2^n x^(2n+1) / (1 3 ... (2n+1)), near the centre and from Laplace's continued fraction
 * Q(z) = phi(z) / (z + 1/(z + 2/(z + 3/(z + ...)))) beyond; between the nodes the Taylor series
 * of Q, whose derivatives are Hermite polynomials times the density; past the grid the continued
 * fraction again, which converges fast there.
 */
final class NormalTail {
  private static final double LOG_SQRT_TWO_PI = 0.5 * Math.log(2 * Math.PI);
  private static final double SQRT_HALF = Math.sqrt(0.5);
  /** Where the continued fraction takes over from the series (in z). */
  private static final double SWITCH = 3;
  private static final double GRID_STEP = 1.0 / 16;
  private static final double GRID_END = 8;
  private static final double[] NODE_SURVIVAL = new double[(int) (GRID_END / GRID_STEP) + 1];
  private static final double[] NODE_DENSITY = new double[NODE_SURVIVAL.length];

  static {
    for (int k = 0; k < NODE_SURVIVAL.length; k++) {
      double z = k * GRID_STEP;
      NODE_SURVIVAL[k] = exactSurvival(z);
      NODE_DENSITY[k] = Math.exp(logDensity(z));
    }
  }

  private NormalTail() {}

  /** ln P(Z > z). */
  static double logSurvival(double z) {
    if (Double.isNaN(z)) {
      return Double.NaN;
    }
    if (z < 0) {
      return Math.log1p(-survival(-z));
    }
    if (z < GRID_END) {
      return Math.log(nearGrid(z));
    }
    return logFromFraction(z);
  }

  /** P(Z > z). */
  static double survival(double z) {
    if (Double.isNaN(z)) {
      return Double.NaN;
    }
    if (z < 0) {
      return 1 - survival(-z);
    }
    return z < GRID_END ? nearGrid(z) : Math.exp(logFromFraction(z));
  }

  /**
   * Q(z0 + h) = Q(z0) - phi(z0) sum_n (-1)^n He_n(z0) h^(n+1) / (n+1)! from the nearest node z0,
   * |h| <= 1/32.
   */
  private static double nearGrid(double z) {
    int k = (int) Math.rint(z / GRID_STEP);
    double z0 = k * GRID_STEP;
    double h = z - z0;
    double hermite = 1;
    double previous = 0;
    double power = h;
    double sum = 0;
    for (int n = 0; n < 40; n++) {
      double term = (n % 2 == 0 ? 1 : -1) * hermite * power;
      sum += term;
      if (Math.abs(term) < 1e-18 * Math.abs(sum) || power == 0) {
        break;
      }
      double next = z0 * hermite - n * previous;
      previous = hermite;
      hermite = next;
      power *= h / (n + 2);
    }
    return NODE_SURVIVAL[k] - NODE_DENSITY[k] * sum;
  }

  /** Q(z) without the grid, for its nodes. */
  private static double exactSurvival(double z) {
    return z < SWITCH ? upperFromSeries(z) : Math.exp(logFromFraction(z));
  }

  /** ln Q(z) by the continued fraction, for z >= SWITCH. */
  private static double logFromFraction(double z) {
    return -z * z / 2 - LOG_SQRT_TWO_PI + Math.log(millsRatio(z));
  }

  /** ln P(Z <= z). */
  static double logDistribution(double z) {
    return logSurvival(-z);
  }

  /** ln of the density, -z^2/2 - ln sqrt(2 pi). */
  static double logDensity(double z) {
    return -z * z / 2 - LOG_SQRT_TWO_PI;
  }

  /** Q(z) = (1 - erf(z / sqrt 2)) / 2 for 0 <= z < SWITCH, where 1 - erf loses few digits. */
  private static double upperFromSeries(double z) {
    double x = z * SQRT_HALF;
    double x2 = x * x;
    double term = x;
    double sum = x;
    for (int n = 1; n < 200; n++) {
      term *= 2 * x2 / (2 * n + 1);
      sum += term;
      if (term < 1e-17 * sum) {
        break;
      }
    }
    double erf = 2 / Math.sqrt(Math.PI) * Math.exp(-x2) * sum;
    return (1 - erf) / 2;
  }

  /** 1 / (z + 1/(z + 2/(z + 3/(z + ...)))) by the modified Lentz method, for z >= SWITCH. */
  private static double millsRatio(double z) {
    double tiny = 1e-300;
    double f = z;
    double c = z;
    double d = 0;
    for (int n = 1; n < 5000; n++) {
      d = z + n * d;
      d = d == 0 ? tiny : 1 / d;
      c = z + n / c;
      c = c == 0 ? tiny : c;
      double delta = c * d;
      f *= delta;
      if (Math.abs(delta - 1) < 1e-16) {
        break;
      }
    }
    return 1 / f;
  }
}
