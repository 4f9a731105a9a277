package org.sorn.shell;

import java.util.regex.Pattern;

/**
 * Strict reading of decimal numbers typed by people (options, CSV cells): Java's own parser would
 * also take "NaN", "Infinity", hexadecimal and a trailing "d", none of which a user means.
 */
final class Numbers {
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

  /** The value of a finite decimal number, or null when {@code text} is not one. */
  static Double finiteDouble(String text) {
    String t = text.strip();
    if (!DECIMAL.matcher(t).matches()) {
      return null;
    }
    double v = Double.parseDouble(t);
    return Double.isFinite(v) ? v : null;
  }

  /** The value of a decimal integer that fits in a long, or null. */
  static Long longValue(String text) {
    String t = text.strip();
    if (!INTEGER.matcher(t).matches()) {
      return null;
    }
    try {
      return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
    } catch (NumberFormatException tooLarge) {
      return null;
    }
  }

  private Numbers() {}
}
