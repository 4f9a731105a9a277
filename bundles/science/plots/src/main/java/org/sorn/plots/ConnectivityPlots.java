package org.sorn.plots;

import java.awt.Color;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The plots of the EE connections (spec section 8): their number over time, the in- and
 * out-degree histograms with a normal fit, and the network drawn.
 */
final class ConnectivityPlots {
  /** The network drawing shows at most this many of the strongest connections. */
  static final int NETWORK_EDGES = 500;

  private static final int DEGREE_BINS = 30;

  private ConnectivityPlots() {}

  /** The EE connection count (or fraction, when ne is known) at each recorded step. */
  static void dynamics(long[] steps, long[] counts, int ne, Surface out) throws IOException {
    double possible = ne > 1 ? (double) ne * (ne - 1) : 1;
    double[] xs = new double[steps.length];
    double[] ys = new double[steps.length];
    for (int i = 0; i < steps.length; i++) {
      xs[i] = steps[i];
      ys[i] = counts[i] / possible;
    }
    double lo = steps.length == 0 ? 0 : steps[0];
    double hi = steps.length == 0 ? 1 : steps[steps.length - 1];
    Chart c = new Chart(out, "EE connection dynamics", "time step",
        ne > 1 ? "fraction of EE connections" : "EE connections",
        new double[] {lo, hi},
        new double[] {0, Math.max(Histogram.max(ys) * 1.1, ne > 1 ? 0.01 : 1)});
    c.series(xs, ys, Chart.BLUE, 2f, true);
    if (counts.length > 0) {
      c.note("last: " + counts[counts.length - 1] + " connections"
          + (ne > 1 ? String.format(Locale.ROOT, " (%.4f)", ys[ys.length - 1]) : ""), 0,
          Color.BLACK);
    }
    c.write();
  }

  /** The package's hist_incoming_conn: presynaptic partners per unit (a column of W^EE). */
  static void inDegree(double[][] wee, Surface out) throws IOException {
    int[] degree = new int[wee.length == 0 ? 0 : wee[0].length];
    for (double[] row : wee) {
      for (int post = 0; post < row.length; post++) {
        if (row[post] > 0) {
          degree[post]++;
        }
      }
    }
    degrees(degree, "In-degree", "incoming EE connections per unit", out);
  }

  /** The package's hist_outgoing_conn: postsynaptic partners per unit (a row of W^EE). */
  static void outDegree(double[][] wee, Surface out) throws IOException {
    int[] degree = new int[wee.length];
    for (int pre = 0; pre < wee.length; pre++) {
      for (double w : wee[pre]) {
        if (w > 0) {
          degree[pre]++;
        }
      }
    }
    degrees(degree, "Out-degree", "outgoing EE connections per unit", out);
  }

  /** A density histogram of the degrees and the normal of their mean and std (MLE, ddof 0). */
  private static void degrees(int[] degree, String what, String xLabel, Surface out)
      throws IOException {
    double[] d = Arrays.stream(degree).asDoubleStream().toArray();
    double mu = Arrays.stream(d).average().orElse(0);
    double std = Math.sqrt(Arrays.stream(d).map(v -> (v - mu) * (v - mu)).average().orElse(0));
    int lo = Arrays.stream(degree).min().orElse(0);
    int hi = Arrays.stream(degree).max().orElse(0);
    // whole-number bins, grouped when the degrees spread wider than DEGREE_BINS
    int width = Math.max(1, (hi - lo + DEGREE_BINS) / DEGREE_BINS);
    int bins = (hi - lo) / width + 1;
    Histogram h = Histogram.linear(d, lo - 0.5, lo - 0.5 + bins * width, bins);
    double[] density = h.density();
    double xLo = lo - 0.5 - width;
    double xHi = lo - 0.5 + (bins + 1) * width;
    double[] xs = new double[300];
    double[] ys = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = xLo + (xHi - xLo) * i / (xs.length - 1);
      double z = (xs[i] - mu) / std;
      ys[i] = std > 0 ? Math.exp(-z * z / 2) / (std * Math.sqrt(2 * Math.PI)) : Double.NaN;
    }
    double yTop = Math.max(Histogram.max(density), Histogram.max(ys));
    Chart c = new Chart(out, String.format(Locale.ROOT,
        "%s of the last W^EE: mu = %.2f, std = %.2f", what, mu, std), xLabel, "density",
        new double[] {Math.max(0, xLo), xHi}, new double[] {0, Math.max(1e-9, yTop * 1.1)});
    c.bars(h.edges(), density, new Color(31, 119, 180, 150));
    c.line(xs, ys, Chart.RED, 2.5f);
    c.note(degree.length + " units", 0, Color.BLACK);
    c.note("normal fit", 1, Chart.RED);
    c.write();
  }

  /**
   * The last W^EE drawn: units on a circle (unit 0 at the top, clockwise), the strongest
   * connections as chords whose opacity grows with the weight. Deterministic: no random layout.
   */
  static void network(double[][] wee, Surface out) throws IOException {
    int ne = wee.length;
    int edges = 0;
    for (double[] row : wee) {
      for (double w : row) {
        if (w > 0) {
          edges++;
        }
      }
    }
    long[] order = strongest(wee, edges, Math.min(edges, NETWORK_EDGES));
    double strongest = order.length == 0 ? 1 : weight(wee, order[0]);
    Chart c = Chart.withoutAxes(out, "EE network of the last W^EE snapshot");
    double cx = (c.left() + c.right()) / 2.0;
    double cy = (c.top() + c.bottom()) / 2.0 + 5;
    double radius = (c.bottom() - c.top()) / 2.0 - 20;
    double[] x = new double[ne];
    double[] y = new double[ne];
    for (int i = 0; i < ne; i++) {
      double angle = 2 * Math.PI * i / Math.max(1, ne);
      x[i] = cx + radius * Math.sin(angle);
      y[i] = cy - radius * Math.cos(angle);
    }
    Surface s = c.surface();
    // weakest first, so that the strong chords are drawn on top
    for (int e = order.length - 1; e >= 0; e--) {
      int pre = (int) (order[e] / ne);
      int post = (int) (order[e] % ne);
      double relative = weight(wee, order[e]) / strongest;
      int alpha = (int) Math.round(255 * (0.08 + 0.72 * relative));
      s.line(x[pre], y[pre], x[post], y[post], new Color(31, 119, 180, alpha),
          (float) (0.6 + 1.4 * relative), false);
    }
    double dot = Math.max(1.5, Math.min(5, 600.0 / Math.max(1, ne)));
    for (int i = 0; i < ne; i++) {
      s.circle(x[i], y[i], dot, Chart.ORANGE);
    }
    int labelEvery = Math.max(1, (int) ActivityPlots.roundUp(ne / 20.0));
    for (int i = 0; i < ne; i += labelEvery) {
      double angle = 2 * Math.PI * i / ne;
      s.text(Integer.toString(i), cx + (radius + 22) * Math.sin(angle),
          cy - (radius + 22) * Math.cos(angle) + 5, Surface.TextStyle.TICK,
          Surface.Anchor.MIDDLE, Color.DARK_GRAY, false);
    }
    s.text(String.format(Locale.ROOT, "%d units, %d connections", ne, edges), c.left(),
        c.top() + 10, Surface.TextStyle.TICK, Surface.Anchor.START, Color.BLACK, false);
    s.text(order.length < edges ? "the " + order.length + " strongest drawn" : "all drawn",
        c.left(), c.top() + 28,
        Surface.TextStyle.TICK, Surface.Anchor.START, Color.BLACK, false);
    s.text("darker and thicker: stronger", c.left(), c.top() + 46, Surface.TextStyle.TICK,
        Surface.Anchor.START, Chart.BLUE, false);
    c.write();
  }

  /** The indices pre * ne + post of the {@code k} largest of the {@code edges} weights > 0. */
  private static long[] strongest(double[][] wee, int edges, int k) {
    int ne = wee.length;
    long[] all = new long[edges];
    int n = 0;
    for (int pre = 0; pre < ne; pre++) {
      for (int post = 0; post < wee[pre].length; post++) {
        if (wee[pre][post] > 0) {
          all[n++] = (long) pre * ne + post;
        }
      }
    }
    // ties keep the lower index first, so the drawing never changes between calls
    return Arrays.stream(all).boxed()
        .sorted((a, b) -> {
          int byWeight = Double.compare(weight(wee, b), weight(wee, a));
          return byWeight != 0 ? byWeight : Long.compare(a, b);
        })
        .limit(k).mapToLong(Long::longValue).toArray();
  }

  private static double weight(double[][] wee, long index) {
    return wee[(int) (index / wee.length)][(int) (index % wee.length)];
  }
}
