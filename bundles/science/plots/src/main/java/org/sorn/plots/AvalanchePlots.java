package org.sorn.plots;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sorn.statistics.HeavyTailAnalysis;
import org.sorn.statistics.TailDistribution;
import org.sorn.statistics.TailDistribution.Family;

/**
 * The distribution of avalanche sizes or durations as Clauset, Shalizi and Newman (2009) draw it:
 * the complementary cumulative distribution P(X >= x) of the data on log-log axes, and over it
 * each distribution fitted to the tail (from x_min, scaled by the tail's share of the data), with
 * the verdict of the tests in words.
 */
final class AvalanchePlots {
  private static final Color DATA = new Color(0x555555);
  private static final Color LOGNORMAL = Chart.GREEN;
  private static final Color EXPONENTIAL = Chart.ORANGE;
  private static final Color TRUNCATED = new Color(0x9467bd);
  /** Characters of verdict that fit one footnote line across the plot. */
  private static final int LINE = 100;

  private AvalanchePlots() {}

  /**
   * @param what "size" or "duration"
   * @param values the avalanches' sizes or durations
   * @param analysis the tests of those values, or null when they could not be fitted
   * @param verdict the verdict to print (the analysis's own, or analysis.json's with its bootstrap)
   * @param threshold the activity threshold the avalanches were cut at
   */
  static void distribution(String what, long[] values, HeavyTailAnalysis analysis, String verdict,
      int threshold, Surface out) throws IOException {
    long[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int n = sorted.length;
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        xs.add((double) sorted[i]);
        ys.add((double) (n - i) / n);
      }
    }
    double largest = n == 0 ? 10 : Math.max(10, sorted[n - 1]);
    double smallest = n == 0 ? 1 : Math.max(1, sorted[0]);
    double floor = Math.pow(10, Math.floor(Math.log10(0.5 / Math.max(1, n))));
    Chart c = new Chart(out, String.format(Locale.ROOT,
        "Avalanche %ss: P(%s >= x), %,d avalanches above threshold %d", what,
        what.equals("size") ? "S" : "T", n, threshold), "avalanche " + what + " x (log scale)",
        "P(" + (what.equals("size") ? "S" : "T") + " >= x) (log scale)",
        new double[] {smallest, largest * 1.5}, new double[] {floor, 1.5}, 0, true, true,
        Chart.firstTop(), Chart.lastBottom() - 90, true);
    c.points(toArray(xs), toArray(ys), 2.2, DATA);
    // the legend at the bottom left, where a complementary distribution leaves room
    List<String> legend = new ArrayList<>();
    List<Color> colours = new ArrayList<>();
    legend.add("data: P(X >= x)");
    colours.add(DATA);
    if (analysis != null) {
      double share = (double) analysis.powerLaw().tailSize() / analysis.powerLaw().sampleSize();
      draw(c, analysis.powerLaw().distribution(), share, largest, Chart.RED, 2.5f);
      legend.add(String.format(Locale.ROOT, "power law: alpha = %.3f above x_min = %s (%,d"
          + " values)", analysis.powerLaw().alpha(), number(analysis.powerLaw().xmin()),
          analysis.powerLaw().tailSize()));
      colours.add(Chart.RED);
      for (TailDistribution d : analysis.alternatives()) {
        Color colour = colour(d.family());
        draw(c, d, share, largest, colour, 1.6f);
        legend.add(d.family().label() + ": " + parameters(d));
        colours.add(colour);
      }
    }
    for (int i = 0; i < legend.size(); i++) {
      c.legendBottomLeft(legend.get(i), legend.size() - 1 - i, colours.get(i));
    }
    List<String> lines = wrap(verdict);
    for (int i = 0; i < lines.size(); i++) {
      c.surface().text(lines.get(i), c.left(), c.bottom() + 72 + 16 * i, Surface.TextStyle.TICK,
          Surface.Anchor.START, Color.BLACK, false);
    }
    c.write();
  }

  /** The model's survival from x_min on, times the tail's share, on a log grid of integers. */
  private static void draw(Chart c, TailDistribution d, double share, double largest, Color colour,
      float width) {
    double from = d.xmin();
    int points = 120;
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    double last = -1;
    for (int i = 0; i <= points; i++) {
      double x = Math.rint(from * Math.pow(largest / from, (double) i / points));
      if (x <= last) {
        continue;
      }
      last = x;
      double y = d.survival(x) * share;
      if (y > 0) {
        xs.add(x);
        ys.add(y);
      }
    }
    c.line(toArray(xs), toArray(ys), colour, width);
  }

  private static Color colour(Family f) {
    return switch (f) {
      case POWER_LAW -> Chart.RED;
      case LOGNORMAL -> LOGNORMAL;
      case EXPONENTIAL -> EXPONENTIAL;
      case TRUNCATED_POWER_LAW -> TRUNCATED;
    };
  }

  private static String parameters(TailDistribution d) {
    StringBuilder s = new StringBuilder();
    d.parameters().forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(k)
        .append(" = ").append(String.format(Locale.ROOT, "%.4g", v)));
    return s.toString();
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4g", v);
  }

  /** The verdict cut at its clauses into lines that fit across the plot. */
  static List<String> wrap(String verdict) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String clause : verdict.split("; ")) {
      if (line.length() > 0 && line.length() + clause.length() + 2 > LINE) {
        lines.add(line + ";");
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : "; ").append(clause);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static double[] toArray(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
