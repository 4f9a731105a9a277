package org.sorn.plots;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The labels of an axis's ticks, all distinct: whole numbers in full with thousands separators
 * (the steps of a long run: 199,200 199,400 ..., where a short scientific form would print 2.0e+05
 * at every tick), other numbers with the fewest decimals, or significant digits, that give each
 * tick back and keep them apart.
 */
final class TickLabels {
  private TickLabels() {}

  static String[] of(double[] ticks) {
    double largest = 0;
    boolean whole = true;
    for (double v : ticks) {
      largest = Math.max(largest, Math.abs(v));
      whole &= Math.abs(v - Math.rint(v)) <= 1e-9 * Math.max(1, Math.abs(v));
    }
    if (whole && largest < 1e15) {
      String[] labels = new String[ticks.length];
      for (int i = 0; i < ticks.length; i++) {
        labels[i] = String.format(Locale.ROOT, "%,d", Math.round(ticks[i]));
      }
      return labels;
    }
    // a label must give its tick back to within a millionth of the ticks' spacing
    double spacing = Double.POSITIVE_INFINITY;
    for (int i = 1; i < ticks.length; i++) {
      spacing = Math.min(spacing, Math.abs(ticks[i] - ticks[i - 1]));
    }
    double tolerance = Double.isFinite(spacing) && spacing > 0 ? 1e-6 * spacing
        : 1e-9 * Math.max(largest, 1e-300);
    boolean plain = largest < 1e5 && largest >= 1e-3;
    for (int digits = plain ? 0 : 1; digits <= 15; digits++) {
      String[] labels = new String[ticks.length];
      boolean exact = true;
      for (int i = 0; i < ticks.length; i++) {
        labels[i] = plain ? decimals(ticks[i], digits) : scientific(ticks[i], digits);
        exact &= Math.abs(Double.parseDouble(labels[i]) - ticks[i]) <= tolerance;
      }
      if (exact && distinct(labels)) {
        return labels;
      }
    }
    String[] labels = new String[ticks.length];
    for (int i = 0; i < ticks.length; i++) {
      labels[i] = Double.toString(ticks[i]);
    }
    return labels;
  }

  private static String decimals(double v, int digits) {
    if (Math.abs(v) < 1e-12) {
      return "0";
    }
    String s = String.format(Locale.ROOT, "%." + digits + "f", v);
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }

  private static String scientific(double v, int digits) {
    return Math.abs(v) < 1e-300 ? "0" : String.format(Locale.ROOT, "%." + digits + "g", v);
  }

  private static boolean distinct(String[] labels) {
    Set<String> seen = new HashSet<>();
    for (String l : labels) {
      if (!seen.add(l)) {
        return false;
      }
    }
    return true;
  }
}
