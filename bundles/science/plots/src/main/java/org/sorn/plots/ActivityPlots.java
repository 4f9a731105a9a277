package org.sorn.plots;

import java.awt.Color;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import org.sorn.statistics.Correlation;
import org.sorn.statistics.FiringRate;
import org.sorn.statistics.SpikeTimes;

/** The plots of the excitatory activity (spec section 8): spikes, rates, intervals, distances. */
final class ActivityPlots {
  /** The raster shows at most this many of the last recorded steps. */
  static final int RASTER_STEPS = 1000;
  /** The scatter shows the last recorded steps that hold at most this many spikes. */
  static final int SCATTER_SPIKES = 60_000;
  /** The heat map shows the correlations of at most this many first neurons. */
  static final int CORRELATION_NEURONS = 50;

  private static final int MAX_BINS = 100;

  private ActivityPlots() {}

  /** Where the spike panel ends and the population-rate panel begins, in pixels. */
  private static final int SPIKES_BOTTOM = 372;
  private static final int RATE_TOP = 392;

  /**
   * The package's raster_plot: red strokes for the spikes of the last steps, and below, on an axis
   * of its own, a(t), the active units per step.
   */
  static void raster(boolean[][] train, long[] steps, Surface out) throws IOException {
    int from = Math.max(0, train.length - RASTER_STEPS);
    Panels p = Panels.of(out, "Spike raster (last " + (train.length - from) + " recorded steps)",
        train, steps, from);
    int units = train[0].length;
    double row = (p.spikes.bottom() - p.spikes.top()) / (double) units;
    SpikePoints points = SpikePoints.of(train, steps, from, p.spikes, 0);
    p.spikes.surface().ticks(points.xs(), points.ys(), points.count(), Math.max(1, 0.85 * row),
        Chart.RED);
    p.write(train, steps, from);
  }

  /**
   * The package's scatter_plot: a black dot per spike over the whole recording (or its last steps
   * when long), and below, on an axis of its own, a(t).
   */
  static void scatter(boolean[][] train, long[] steps, Surface out) throws IOException {
    // a long recording keeps its last steps, so the files stay small and the dots visible
    int from = train.length;
    long spikes = 0;
    while (from > 0 && spikes + spikes(train[from - 1]) <= SCATTER_SPIKES) {
      spikes += spikes(train[--from]);
    }
    from = Math.min(from, train.length - 1);
    String window = from == 0 ? "all " + train.length + " recorded steps"
        : "last " + (train.length - from) + " of " + train.length + " recorded steps";
    Panels p = Panels.of(out, "Spike scatter (" + window + ")", train, steps, from);
    SpikePoints points = SpikePoints.of(train, steps, from, p.spikes, 0.5);
    p.spikes.surface().dots(points.xs(), points.ys(), points.count(), 1.6, Color.BLACK);
    p.write(train, steps, from);
  }

  /**
   * The two panels of a spike plot on one time axis: the spikes above (neuron on y), the
   * population rate below (active units on y), so neither is read on the other's scale.
   */
  private record Panels(Chart spikes, Chart rate) {
    static Panels of(Surface out, String title, boolean[][] train, long[] steps, int from) {
      double[] x = {steps[from], steps[train.length - 1] + 1};
      int most = 1;
      for (int t = from; t < train.length; t++) {
        most = Math.max(most, ActivityPlots.spikes(train[t]));
      }
      Chart spikes = new Chart(out, title, null, "neuron", x, new double[] {0, train[0].length},
          0, false, false, Chart.firstTop(), SPIKES_BOTTOM, false);
      Chart rate = new Chart(out, null, "time step", "active units", x,
          new double[] {0, most * 1.15}, 0, false, false, RATE_TOP, Chart.lastBottom(), true);
      return new Panels(spikes, rate);
    }

    /** a(t) in the lower panel, then the frames over everything, then the files. */
    void write(boolean[][] train, long[] steps, int from) throws IOException {
      int[] active = FiringRate.ofNetwork(Arrays.copyOfRange(train, from, train.length));
      double[] xs = new double[active.length];
      double[] ys = new double[active.length];
      for (int t = 0; t < active.length; t++) {
        xs[t] = steps[from + t] + 0.5;
        ys[t] = active[t];
      }
      boolean grouped = rate.series(xs, ys, Chart.BLUE, 1.2f, false);
      rate.note(grouped ? "active units per step, mean per pixel column" : "active units per step",
          0, Chart.BLUE);
      spikes.redrawFrame();
      rate.write();
    }
  }

  /** How many steps had k active units, for every k > 0 (silent steps are left out). */
  static void rates(boolean[][] train, Surface out) throws IOException {
    int[] active = FiringRate.ofNetwork(train);
    int units = Math.max(1, train[0].length);
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
    double[] starts = new double[top];
    double[] heights = new double[top];
    for (int k = 1; k <= top; k++) {
      starts[k - 1] = k - 0.5;
      heights[k - 1] = counts[k];
    }
    Chart c = new Chart(out, "Firing-rate histogram", "active excitatory units per step",
        "number of steps", new double[] {0, top + 1},
        new double[] {0, Histogram.max(heights) * 1.1});
    c.bars(starts, 1, heights, Chart.BLUE);
    c.note(String.format(Locale.ROOT, "%d steps, %d silent steps left out", active.length, silent),
        0, Color.BLACK);
    c.write();
  }

  /** The inter-spike intervals of the most active neuron, with an exponential fit. */
  static void isi(boolean[][] train, Surface out) throws IOException {
    int units = train[0].length;
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
    isi(train, neuron, " (the most active)", out);
  }

  /** The intervals of {@code neuron} with an exponential fit; {@code which} ends the title. */
  static void isi(boolean[][] train, int neuron, String which, Surface out) throws IOException {
    boolean[] own = new boolean[train.length];
    int spikes = 0;
    for (int t = 0; t < train.length; t++) {
      own[t] = train[t][neuron];
      spikes += own[t] ? 1 : 0;
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
    double[] starts = new double[bins];
    for (int d : intervals) {
      heights[d / width]++;
    }
    for (int b = 0; b < bins; b++) {
      starts[b] = b * width - 0.5;
    }
    // the maximum-likelihood rate of an exponential, where the package fits a*exp(-b x) - c
    double rate = intervals.length == 0 ? Double.NaN : intervals.length / sum;
    double[] xs = new double[200];
    double[] ys = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = 1 + (longest - 1.0) * i / (xs.length - 1);
      ys[i] = intervals.length * width * rate * Math.exp(-rate * xs[i]);
    }
    double yTop = Math.max(Histogram.max(heights), intervals.length == 0 ? 0 : Histogram.max(ys));
    Chart c = new Chart(out, "Inter-spike intervals of neuron " + neuron + which,
        "interval (steps)", "number of intervals", new double[] {0, longest + 1},
        new double[] {0, Math.max(1, yTop * 1.1)});
    c.bars(starts, width, heights, Chart.BLUE);
    if (intervals.length > 0) {
      c.line(xs, ys, Chart.RED, 2.5f);
    }
    c.note(spikes + " spikes, " + intervals.length + " intervals", 0, Color.BLACK);
    c.note(String.format(Locale.ROOT, "exponential fit: rate = %.4f per step", rate), 1,
        Chart.RED);
    c.write();
  }

  /**
   * The package's correlation heat map: Pearson r between the first neurons, below the diagonal
   * only (the package masks the upper triangle and the diagonal); grey where a neuron is silent.
   */
  static void correlation(boolean[][] train, Surface out) throws IOException {
    int k = Math.min(CORRELATION_NEURONS, train[0].length);
    boolean[][] first = new boolean[train.length][];
    for (int t = 0; t < train.length; t++) {
      first[t] = Arrays.copyOf(train[t], k);
    }
    correlation(Correlation.matrix(first),
        "Correlation of the first " + k + " excitatory neurons", out);
  }

  /** A correlation matrix below its diagonal, blue-white-red on a round scale holding every r. */
  static void correlation(double[][] r, String title, Surface out) throws IOException {
    int k = r.length;
    double largest = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < i; j++) {
        if (Double.isFinite(r[i][j])) {
          largest = Math.max(largest, Math.abs(r[i][j]));
        }
      }
    }
    // the package fixes the scale at 0.1; a round bound that holds every r keeps all visible
    double bound = roundUp(Math.max(largest, 0.01));
    Chart c = new Chart(out, title, "neuron j", "neuron i", new double[] {0, k},
        new double[] {0, k}, 90, false);
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < i; j++) {
        double x0 = c.px(j);
        double y0 = c.py(i + 1);
        // a hair wider than the cell: no white seams between cells in a viewer
        c.surface().fillRect(x0, y0, c.px(j + 1) - x0 + 0.3, c.py(i) - y0 + 0.3,
            colour(r[i][j] / bound));
      }
    }
    colourBar(c, bound);
    c.footnote("r(i, j) for j < i, as the package shows it", 0, Color.BLACK);
    c.write();
  }

  /**
   * The package's hamming_distance plot: the units whose state differs, per step, between two
   * activity series.
   */
  static void hamming(int[] distance, long[] steps, String between, Surface out)
      throws IOException {
    double[] xs = new double[distance.length];
    double[] ys = new double[distance.length];
    double sum = 0;
    for (int t = 0; t < distance.length; t++) {
      xs[t] = steps[t];
      ys[t] = distance[t];
      sum += distance[t];
    }
    Chart c = new Chart(out, "Hamming distance " + between, "time step",
        "units in a different state", new double[] {steps[0], steps[steps.length - 1]},
        new double[] {0, Math.max(1, Histogram.max(ys) * 1.1)});
    boolean grouped = c.series(xs, ys, Chart.BLUE, 1.2f, true);
    c.note(String.format(Locale.ROOT, "mean %.3f units over %d steps", sum / distance.length,
        distance.length), 0, Color.BLACK);
    if (grouped) {
      c.note("line: mean per pixel column; band: its minimum to maximum", 1, Chart.BLUE);
    }
    c.write();
  }

  private static void colourBar(Chart c, double bound) {
    Surface s = c.surface();
    double x = c.right() + 25;
    int h = c.bottom() - c.top();
    for (int y = 0; y < h; y++) {
      s.fillRect(x, c.top() + y, 20, 1.3, colour(1 - 2.0 * (y + 0.5) / h));
    }
    s.strokeRect(x, c.top(), 20, h, Color.BLACK);
    for (double v : new double[] {1, 0.5, 0, -0.5, -1}) {
      double y = c.top() + (1 - v) / 2 * h;
      s.text(Chart.label(v * bound), x + 26, y + 5, Surface.TextStyle.TICK, Surface.Anchor.START,
          Color.BLACK, false);
    }
    s.text("r", x + 10, c.top() - 8, Surface.TextStyle.TICK, Surface.Anchor.MIDDLE, Color.BLACK,
        false);
  }

  /** Blue for -1, white for 0, red for 1 (clipped beyond); grey for an undefined correlation. */
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

  /** The smallest of 1, 2, 5 times a power of ten at least {@code v}. */
  static double roundUp(double v) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
    for (double f : new double[] {1, 2, 5, 10}) {
      if (f * magnitude >= v * (1 - 1e-12)) {
        return f * magnitude;
      }
    }
    return 10 * magnitude;
  }

  private static int spikes(boolean[] step) {
    int n = 0;
    for (boolean b : step) {
      if (b) {
        n++;
      }
    }
    return n;
  }

  /** The pixel positions of the spikes from row {@code from} on: x at the step, y at the unit. */
  private record SpikePoints(double[] xs, double[] ys, int count) {
    static SpikePoints of(boolean[][] train, long[] steps, int from, Chart c, double offset) {
      int n = 0;
      for (int t = from; t < train.length; t++) {
        n += ActivityPlots.spikes(train[t]);
      }
      double[] xs = new double[n];
      double[] ys = new double[n];
      int k = 0;
      int units = train[0].length;
      for (int t = from; t < train.length; t++) {
        double x = c.px(steps[t] + 0.5);
        for (int i = 0; i < units; i++) {
          if (train[t][i]) {
            xs[k] = x;
            // neuron 0 at the bottom; the tick hangs down from the top of its row
            ys[k++] = c.py(i + 1 - offset) + (offset == 0 ? 0.5 : 0);
          }
        }
      }
      return new SpikePoints(xs, ys, k);
    }
  }
}
