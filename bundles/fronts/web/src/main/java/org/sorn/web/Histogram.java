package org.sorn.web;

/**
 * Counts of values in equal bins between {@code low} and {@code high}: bin {@code i} holds the
 * values in {@code [low + i w, low + (i+1) w)}, the last bin also {@code high}.
 */
record Histogram(double low, double high, int[] counts) {
  static final int BINS = 40;

  /** The histogram of the first {@code n} values of {@code values}, over their own range. */
  static Histogram of(double[] values, int n) {
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      low = Math.min(low, values[i]);
      high = Math.max(high, values[i]);
    }
    int[] counts = new int[BINS];
    if (n == 0) {
      return new Histogram(0, 0, counts);
    }
    double width = high > low ? (high - low) / BINS : 1;
    for (int i = 0; i < n; i++) {
      counts[Math.min(BINS - 1, (int) ((values[i] - low) / width))]++;
    }
    return new Histogram(low, high, counts);
  }
}
