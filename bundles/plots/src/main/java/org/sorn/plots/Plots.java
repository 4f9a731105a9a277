package org.sorn.plots;

import java.awt.Color;
import java.awt.Graphics2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.sorn.statistics.Correlation;
import org.sorn.statistics.FiringRate;
import org.sorn.statistics.LognormalFit;
import org.sorn.statistics.SpikeTimes;

/** Draws each plot of {@link PlotKind} from arrays into a PNG file. */
final class Plots {
  /** The raster shows at most this many of the last recorded steps. */
  static final int RASTER_STEPS = 1000;
  /** The heat map shows the correlations of at most this many first neurons. */
  static final int CORRELATION_NEURONS = 50;

  private static final int WEIGHT_BINS = 50;
  private static final int MAX_BINS = 100;

  private Plots() {}

  /** Spikes of the last {@link #RASTER_STEPS} recorded steps, time across, neuron up. */
  static void raster(boolean[][] train, long[] steps, Path file) throws IOException {
    int from = Math.max(0, train.length - RASTER_STEPS);
    int units = train.length == 0 ? 0 : train[0].length;
    double first = train.length == 0 ? 0 : steps[from];
    double last = train.length == 0 ? 1 : steps[train.length - 1] + 1;
    Chart c = new Chart(
        "Spike raster (last " + (train.length - from) + " recorded steps)",
        "time step", "excitatory neuron", new double[] {first, last},
        new double[] {0, Math.max(1, units)});
    Graphics2D g = c.graphics();
    g.setColor(Color.BLACK);
    double dotHeight = (c.bottom() - c.top()) / (double) Math.max(1, units);
    for (int t = from; t < train.length; t++) {
      int x0 = (int) Math.floor(c.px(steps[t]));
      int w = Math.max(1, (int) Math.round(c.px(steps[t] + 1) - c.px(steps[t])));
      for (int i = 0; i < units; i++) {
        if (train[t][i]) {
          int y = (int) Math.floor(c.py(i + 1));
          g.fillRect(x0, y, w, Math.max(1, (int) Math.round(dotHeight)));
        }
      }
    }
    c.write(file);
  }

  /** How many steps had k active units, for every k > 0 (silent steps are left out). */
  static void rates(boolean[][] train, Path file) throws IOException {
    int[] active = FiringRate.ofNetwork(train);
    int units = train.length == 0 ? 1 : Math.max(1, train[0].length);
    double[] counts = new double[units + 1];
    long silent = 0;
    for (int a : active) {
      if (a == 0) {
        silent++;
      } else {
        counts[a]++;
      }
    }
    int top = units;
    while (top > 1 && counts[top] == 0) {
      top--;
    }
    double[] edges = new double[top];
    double[] heights = new double[top];
    for (int k = 1; k <= top; k++) {
      edges[k - 1] = k - 0.5;
      heights[k - 1] = counts[k];
    }
    Chart c = new Chart("Firing-rate histogram", "active excitatory units per step",
        "number of steps", new double[] {0, top + 1}, new double[] {0, max(heights) * 1.1});
    c.bars(edges, 1, heights, Chart.BLUE);
    c.note(String.format(Locale.ROOT, "%d steps, %d silent steps left out", active.length, silent),
        0, Color.BLACK);
    c.write(file);
  }

  /** The EE weights of at least the package's minimum, with the lognormal density of their fit. */
  static void weights(double[][] wee, Path file) throws IOException {
    double minimum = LognormalFit.PACKAGE_MINIMUM;
    LognormalFit fit = LognormalFit.of(wee, minimum);
    double top = minimum;
    for (double[] row : wee) {
      for (double w : row) {
        top = Math.max(top, w);
      }
    }
    double width = top / WEIGHT_BINS;
    double[] heights = new double[WEIGHT_BINS];
    for (double[] row : wee) {
      for (double w : row) {
        if (w >= minimum) {
          heights[Math.min(WEIGHT_BINS - 1, (int) (w / width))]++;
        }
      }
    }
    double[] edges = new double[WEIGHT_BINS];
    for (int b = 0; b < WEIGHT_BINS; b++) {
      edges[b] = b * width;
    }
    // the density scaled to counts: expected weights per bin
    double[] xs = new double[400];
    double[] ys = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = top * (i + 1) / xs.length;
      ys[i] = fit.weights() * width * lognormal(xs[i], fit.mu(), fit.sigma());
    }
    double yTop = Math.max(max(heights), fit.weights() == 0 ? 0 : max(ys)) * 1.1;
    Chart c = new Chart("EE weight distribution (last W^EE snapshot)", "weight",
        "number of synapses", new double[] {0, top}, new double[] {0, Math.max(1, yTop)});
    c.bars(edges, width, heights, new Color(0x9ecae1));
    if (fit.weights() > 0 && fit.sigma() > 0) {
      c.line(xs, ys, Chart.RED, 2.5f);
    }
    c.note(String.format(Locale.ROOT, "%d weights >= %.2f", fit.weights(), minimum), 0,
        Color.BLACK);
    c.note(String.format(Locale.ROOT, "lognormal fit: mu = %.3f, sigma = %.3f", fit.mu(),
        fit.sigma()), 1, Chart.RED);
    c.write(file);
  }

  /** The EE connection count (or fraction, when ne is known) at each recorded step. */
  static void connections(long[] steps, long[] counts, int ne, Path file) throws IOException {
    double possible = ne > 1 ? (double) ne * (ne - 1) : 1;
    double[] xs = new double[steps.length];
    double[] ys = new double[steps.length];
    for (int i = 0; i < steps.length; i++) {
      xs[i] = steps[i];
      ys[i] = counts[i] / possible;
    }
    double lo = steps.length == 0 ? 0 : steps[0];
    double hi = steps.length == 0 ? 1 : steps[steps.length - 1];
    Chart c = new Chart("EE connection dynamics", "time step",
        ne > 1 ? "fraction of EE connections" : "EE connections",
        new double[] {lo, hi}, new double[] {0, Math.max(max(ys) * 1.1, ne > 1 ? 0.01 : 1)});
    c.line(xs, ys, Chart.BLUE, 2f);
    if (counts.length > 0) {
      c.note("last: " + counts[counts.length - 1] + " connections"
          + (ne > 1 ? String.format(Locale.ROOT, " (%.4f)", ys[ys.length - 1]) : ""), 0,
          Color.BLACK);
    }
    c.write(file);
  }

  /** The inter-spike intervals of the most active neuron, with an exponential fit. */
  static void isi(boolean[][] train, Path file) throws IOException {
    int units = train.length == 0 ? 0 : train[0].length;
    int[] spikes = new int[units];
    for (boolean[] step : train) {
      for (int i = 0; i < units; i++) {
        if (step[i]) {
          spikes[i]++;
        }
      }
    }
    int neuron = 0;
    for (int i = 1; i < units; i++) {
      if (spikes[i] > spikes[neuron]) {
        neuron = i;
      }
    }
    boolean[] own = new boolean[train.length];
    for (int t = 0; t < train.length; t++) {
      own[t] = units > 0 && train[t][neuron];
    }
    int[] intervals = SpikeTimes.intervals(own);
    int longest = 1;
    double sum = 0;
    for (int d : intervals) {
      longest = Math.max(longest, d);
      sum += d;
    }
    // long tails: group the intervals so that the histogram has at most MAX_BINS bars
    int width = Math.max(1, (longest + MAX_BINS - 1) / MAX_BINS);
    int bins = longest / width + 1;
    double[] heights = new double[bins];
    double[] edges = new double[bins];
    for (int d : intervals) {
      heights[d / width]++;
    }
    for (int b = 0; b < bins; b++) {
      edges[b] = b * width - 0.5;
    }
    double rate = intervals.length == 0 ? Double.NaN : intervals.length / sum;
    double[] xs = new double[200];
    double[] ys = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = 1 + (longest - 1.0) * i / (xs.length - 1);
      ys[i] = intervals.length * width * rate * Math.exp(-rate * xs[i]);
    }
    Chart c = new Chart("Inter-spike intervals of neuron " + neuron + " (the most active)",
        "interval (steps)", "number of intervals", new double[] {0, longest + 1},
        new double[] {0, Math.max(1, Math.max(max(heights), intervals.length == 0 ? 0 : max(ys))
            * 1.1)});
    c.bars(edges, width, heights, Chart.BLUE);
    if (intervals.length > 0) {
      c.line(xs, ys, Chart.RED, 2.5f);
    }
    c.note(spikes[neuron] + " spikes, " + intervals.length + " intervals", 0, Color.BLACK);
    c.note(String.format(Locale.ROOT, "exponential fit: rate = %.4f per step", rate), 1,
        Chart.RED);
    c.write(file);
  }

  /** The Pearson correlations between the first neurons; grey where a neuron is silent. */
  static void correlation(boolean[][] train, Path file) throws IOException {
    int k = train.length == 0 ? 0 : Math.min(CORRELATION_NEURONS, train[0].length);
    boolean[][] first = new boolean[train.length][];
    for (int t = 0; t < train.length; t++) {
      first[t] = Arrays.copyOf(train[t], k);
    }
    double[][] r = k == 0 ? new double[0][0] : Correlation.matrix(first);
    Chart c = new Chart("Correlation of the first " + k + " excitatory neurons", "neuron",
        "neuron", new double[] {0, Math.max(1, k)}, new double[] {0, Math.max(1, k)}, 90);
    Graphics2D g = c.graphics();
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        int x0 = (int) Math.floor(c.px(j));
        int x1 = (int) Math.ceil(c.px(j + 1));
        int y0 = (int) Math.floor(c.py(i + 1));
        int y1 = (int) Math.ceil(c.py(i));
        g.setColor(colour(r[i][j]));
        g.fillRect(x0, y0, x1 - x0, y1 - y0);
      }
    }
    colourBar(c);
    c.write(file);
  }

  private static void colourBar(Chart c) {
    Graphics2D g = c.graphics();
    int x = c.right() + 25;
    int h = c.bottom() - c.top();
    for (int y = 0; y <= h; y++) {
      g.setColor(colour(1 - 2.0 * y / h));
      g.drawLine(x, c.top() + y, x + 20, c.top() + y);
    }
    g.setColor(Color.BLACK);
    g.drawRect(x, c.top(), 20, h);
    for (double v : new double[] {1, 0.5, 0, -0.5, -1}) {
      int y = (int) Math.round(c.top() + (1 - v) / 2 * h);
      g.drawString(Chart.label(v), x + 26, y + 5);
    }
    g.drawString("r", x + 6, c.top() - 8);
  }

  /** Blue for -1, white for 0, red for 1; grey for an undefined correlation. */
  static Color colour(double r) {
    if (!Double.isFinite(r)) {
      return new Color(0xbbbbbb);
    }
    double v = Math.max(-1, Math.min(1, r));
    Color end = v >= 0 ? Chart.RED : Chart.BLUE;
    double a = Math.abs(v);
    return new Color(
        (int) Math.round(255 + (end.getRed() - 255) * a),
        (int) Math.round(255 + (end.getGreen() - 255) * a),
        (int) Math.round(255 + (end.getBlue() - 255) * a));
  }

  private static double lognormal(double x, double mu, double sigma) {
    double z = (Math.log(x) - mu) / sigma;
    return Math.exp(-z * z / 2) / (x * sigma * Math.sqrt(2 * Math.PI));
  }

  private static double max(double[] values) {
    double m = 0;
    for (double v : values) {
      if (Double.isFinite(v)) {
        m = Math.max(m, v);
      }
    }
    return m;
  }
}
