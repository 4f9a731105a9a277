package org.sorn.statistics;

import java.util.Arrays;

/**
 * A sample prepared for tail fits: sorted, its distinct values with their counts, and the sums of
 * ln x and of x over every tail x >= v, so that a fit above any candidate x_min starts from
 * sufficient statistics instead of a pass over the data.
 */
final class TailSample {
  final boolean discrete;
  /** Ascending. */
  final double[] sorted;
  /** The distinct values, ascending. */
  final double[] values;
  /** How often each distinct value occurs. */
  final int[] counts;
  /** Index in {@link #sorted} of the first occurrence of each distinct value. */
  final int[] first;
  /** sum of ln x over sorted[i..], with one more entry (0) at the end. */
  final double[] suffixLog;
  /** sum of x over sorted[i..], with one more entry (0) at the end. */
  final double[] suffixSum;
  /** ln k for k = 0 .. the largest value, for discrete data up to {@link #TABLE_LIMIT}; else null. */
  final double[] logOfIntegers;

  /** The largest value for which discrete data keep a table of logarithms. */
  static final double TABLE_LIMIT = 200_000;

  private TailSample(boolean discrete, double[] sorted) {
    this.discrete = discrete;
    this.sorted = sorted;
    int n = sorted.length;
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        distinct++;
      }
    }
    values = new double[distinct];
    counts = new int[distinct];
    first = new int[distinct];
    int d = -1;
    for (int i = 0; i < n; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        d++;
        values[d] = sorted[i];
        first[d] = i;
      }
      counts[d]++;
    }
    suffixLog = new double[n + 1];
    suffixSum = new double[n + 1];
    for (int i = n - 1; i >= 0; i--) {
      suffixLog[i] = suffixLog[i + 1] + Math.log(sorted[i]);
      suffixSum[i] = suffixSum[i + 1] + sorted[i];
    }
    double largest = n == 0 ? 0 : sorted[n - 1];
    if (discrete && largest <= TABLE_LIMIT) {
      logOfIntegers = new double[(int) largest + 2];
      for (int k = 1; k < logOfIntegers.length; k++) {
        logOfIntegers[k] = Math.log(k);
      }
    } else {
      logOfIntegers = null;
    }
  }

  /**
   * The sample of {@code data}: positive integers when {@code discrete}, positive finite numbers
   * otherwise.
   *
   * @throws IllegalArgumentException naming the first value that is neither, or an empty sample
   */
  static TailSample of(double[] data, boolean discrete) {
    if (data.length == 0) {
      throw new IllegalArgumentException("a tail fit needs data, got an empty sample");
    }
    for (int i = 0; i < data.length; i++) {
      double x = data[i];
      boolean ok = discrete ? x >= 1 && x == Math.rint(x) && Double.isFinite(x)
          : x > 0 && Double.isFinite(x);
      if (!ok) {
        throw new IllegalArgumentException("value " + x + " at index " + i + " is not "
            + (discrete ? "a positive integer (discrete data)" : "a positive finite number"));
      }
    }
    return new TailSample(discrete, discrete ? sortedIntegers(data) : sortedCopy(data));
  }

  private static double[] sortedCopy(double[] data) {
    double[] sorted = data.clone();
    Arrays.sort(sorted);
    return sorted;
  }

  /**
   * Positive integers in ascending order: counted when they are small beside the sample (the
   * bootstrap sorts thousands of samples of one range), else sorted. The same array either way.
   */
  private static double[] sortedIntegers(double[] data) {
    double largest = 0;
    for (double x : data) {
      largest = Math.max(largest, x);
    }
    if (largest > TABLE_LIMIT || largest > 8.0 * data.length + 1024) {
      return sortedCopy(data);
    }
    int[] counts = new int[(int) largest + 1];
    for (double x : data) {
      counts[(int) x]++;
    }
    double[] sorted = new double[data.length];
    int at = 0;
    for (int v = 1; v < counts.length; v++) {
      for (int c = counts[v]; c > 0; c--) {
        sorted[at++] = v;
      }
    }
    return sorted;
  }

  int size() {
    return sorted.length;
  }

  /** The index in {@link #sorted} of the first value >= x. */
  int start(double x) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The values >= x, ascending. */
  double[] tail(double x) {
    return Arrays.copyOfRange(sorted, start(x), sorted.length);
  }

  /** The values < x, ascending. */
  double[] below(double x) {
    return Arrays.copyOfRange(sorted, 0, start(x));
  }
}
