package org.sorn.bench;

import java.util.Locale;

/** How the bench writes numbers: grouped thousands, no locale surprises. */
final class Numbers {
  private Numbers() {}

  /** 12345.6 -> "12,346". */
  static String grouped(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  /** Bytes as mebibytes with one decimal. */
  static String mebibytes(long bytes) {
    return String.format(Locale.ROOT, "%,.1f", bytes / (1024.0 * 1024.0));
  }

  /** 100.0 -> "100", 2.5 -> "2.5". */
  static String plain(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
