package org.sorn.statistics;

import java.util.SplittableRandom;

/**
 * Seeded samples of known laws for the heavy-tail tests, drawn here independently of the code
 * under test: the discrete power law by inverting a table of its distribution, the others by their
 * textbook transforms.
 */
final class Samples {
  private Samples() {}

  /** Discrete power law x^-alpha on x >= xmin: the distribution tabulated to 10^6, beyond by its integral. */
  static double[] discretePowerLaw(double alpha, int xmin, int n, long seed) {
    int top = 1_000_000;
    double[] cumulative = new double[top - xmin + 1];
    double sum = 0;
    for (int k = xmin; k <= top; k++) {
      sum += Math.pow(k, -alpha);
      cumulative[k - xmin] = sum;
    }
    double rest = Math.pow(top + 0.5, 1 - alpha) / (alpha - 1);
    double total = sum + rest;
    SplittableRandom rng = new SplittableRandom(seed);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      double u = rng.nextDouble() * total;
      if (u >= sum) {
        // beyond the table: the continuous tail from top + 1/2, rounded
        double v = (u - sum) / rest;
        x[i] = Math.floor((top + 0.5) * Math.pow(1 - v, -1 / (alpha - 1)) + 0.5);
        continue;
      }
      int lo = 0;
      int hi = cumulative.length - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (cumulative[mid] <= u) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      x[i] = xmin + lo;
    }
    return x;
  }

  /** Discrete power law with an exponential cut-off, by rejection from the power law. */
  static double[] discreteTruncatedPowerLaw(double alpha, double lambda, int xmin, int n,
      long seed) {
    SplittableRandom rng = new SplittableRandom(seed + 17);
    double[] x = new double[n];
    int k = 0;
    int batch = 0;
    while (k < n) {
      for (double v : discretePowerLaw(alpha, xmin, n, seed + 1000 * ++batch)) {
        if (k < n && rng.nextDouble() < Math.exp(-lambda * (v - xmin))) {
          x[k++] = v;
        }
      }
    }
    return x;
  }

  /** round(e^(mu + sigma Z)), zeros left out. */
  static double[] discreteLognormal(double mu, double sigma, int n, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] x = new double[n];
    int k = 0;
    while (k < n) {
      double v = Math.rint(Math.exp(mu + sigma * gaussian(rng)));
      if (v >= 1) {
        x[k++] = v;
      }
    }
    return x;
  }

  /** 1 + floor(-ln(U) / lambda): geometric from 1. */
  static double[] discreteExponential(double lambda, int n, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = 1 + Math.floor(-Math.log(1 - rng.nextDouble()) / lambda);
    }
    return x;
  }

  static double[] continuousPowerLaw(double alpha, double xmin, int n, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = xmin * Math.pow(1 - rng.nextDouble(), -1 / (alpha - 1));
    }
    return x;
  }

  static double[] continuousLognormal(double mu, double sigma, int n, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = Math.exp(mu + sigma * gaussian(rng));
    }
    return x;
  }

  static double[] continuousExponential(double lambda, double start, int n, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = start - Math.log(1 - rng.nextDouble()) / lambda;
    }
    return x;
  }

  /** {@code head} values uniform in [1, below) (integers when discrete), then {@code tail}. */
  static double[] withBody(double[] tail, int head, double below, boolean discrete, long seed) {
    SplittableRandom rng = new SplittableRandom(seed + 99);
    double[] x = java.util.Arrays.copyOf(tail, tail.length + head);
    for (int i = 0; i < head; i++) {
      double v = 1 + rng.nextDouble() * (below - 1);
      x[tail.length + i] = discrete ? Math.floor(v) : v;
    }
    return x;
  }

  /** Box-Muller: the JDK's nextGaussian may change between releases. */
  private static double gaussian(SplittableRandom rng) {
    return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
  }
}
