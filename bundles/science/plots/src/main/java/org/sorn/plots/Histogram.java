package org.sorn.plots;

/**
 * Counts of values in consecutive bins.
 *
 * @param edges the bin edges, one more than the bins
 * @param counts the values in [edges[b], edges[b + 1]) (the last bin includes its right edge)
 * @param total the values counted
 */
record Histogram(double[] edges, double[] counts, long total) {

  /** {@code bins} equal bins over [lo, hi]; values outside are left out. */
  static Histogram linear(double[] values, double lo, double hi, int bins) {
    double[] edges = new double[bins + 1];
    double width = hi > lo ? (hi - lo) / bins : 1.0 / bins;
    for (int b = 0; b <= bins; b++) {
      edges[b] = lo + b * width;
    }
    return count(values, edges, lo, width, false);
  }

  /** {@code bins} bins of equal width in log10 over [lo, hi], lo > 0. */
  static Histogram logarithmic(double[] values, double lo, double hi, int bins) {
    double a = Math.log10(lo);
    double width = hi > lo ? (Math.log10(hi) - a) / bins : 1.0 / bins;
    double[] edges = new double[bins + 1];
    for (int b = 0; b <= bins; b++) {
      edges[b] = Math.pow(10, a + b * width);
    }
    return count(values, edges, a, width, true);
  }

  private static Histogram count(double[] values, double[] edges, double start, double width,
      boolean log) {
    int bins = edges.length - 1;
    double[] counts = new double[bins];
    long total = 0;
    for (double v : values) {
      if (v < edges[0] || v > edges[bins] || (log && v <= 0)) {
        continue;
      }
      int b = (int) (((log ? Math.log10(v) : v) - start) / width);
      counts[Math.max(0, Math.min(bins - 1, b))]++;
      total++;
    }
    return new Histogram(edges, counts, total);
  }

  /** The counts divided by total x bin width: a probability density over the values. */
  double[] density() {
    double[] d = new double[counts.length];
    for (int b = 0; b < d.length; b++) {
      d[b] = total == 0 ? 0 : counts[b] / (total * (edges[b + 1] - edges[b]));
    }
    return d;
  }

  /** The counts divided by total x the bin's width in ln x: a density over ln x. */
  double[] densityOfLog() {
    double[] d = new double[counts.length];
    for (int b = 0; b < d.length; b++) {
      d[b] = total == 0 ? 0 : counts[b] / (total * Math.log(edges[b + 1] / edges[b]));
    }
    return d;
  }

  /** The left edge of each bin. */
  double[] starts() {
    return java.util.Arrays.copyOf(edges, counts.length);
  }

  static double max(double[] values) {
    double m = 0;
    for (double v : values) {
      if (Double.isFinite(v)) {
        m = Math.max(m, v);
      }
    }
    return m;
  }
}
