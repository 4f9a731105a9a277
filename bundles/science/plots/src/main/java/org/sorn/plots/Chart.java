package org.sorn.plots;

import java.awt.Color;
import java.io.IOException;
import java.util.Locale;
import org.sorn.plots.Surface.Anchor;
import org.sorn.plots.Surface.TextStyle;

/**
 * One plot on a {@link Surface}: a framed area with labelled axes and round ticks (linear, or
 * decades on a logarithmic x axis), data coordinates mapped to pixels.
 */
final class Chart {
  /** The size of every plot, in pixels. */
  static final int WIDTH = 900;

  static final int HEIGHT = 560;
  static final Color BLUE = new Color(0x1f77b4);
  static final Color RED = new Color(0xd62728);
  static final Color ORANGE = new Color(0xff7f0e);
  static final Color GREEN = new Color(0x2ca02c);
  static final Color GREY = new Color(0x777777);
  private static final int LEFT = 90;
  private static final int RIGHT = 40;
  private static final int TOP = 50;
  private static final int BOTTOM = 70;
  private static final Color GRID = new Color(0xe6e6e6);

  private final Surface surface;
  private final double xMin;
  private final double xMax;
  private final double yMin;
  private final double yMax;
  private final boolean logX;
  private final boolean logY;
  private final int right;
  private final int top;
  private final int bottom;
  // a chart without axes (the network) has no frame either
  private boolean framed;

  /**
   * A chart whose plotting area leaves {@code extraRight} pixels on the right (for a colour bar);
   * with {@code logX} the x range must be positive and the axis shows decades.
   */
  Chart(Surface surface, String title, String xLabel, String yLabel, double[] xRange,
      double[] yRange, int extraRight, boolean logX) {
    this(surface, title, xLabel, yLabel, xRange, yRange, extraRight, logX, false, TOP,
        HEIGHT - BOTTOM, true);
  }

  Chart(Surface surface, String title, String xLabel, String yLabel, double[] xRange,
      double[] yRange) {
    this(surface, title, xLabel, yLabel, xRange, yRange, 0, false);
  }

  /**
   * A chart on the band [top, bottom] of the surface (pixels), so that several panels can share
   * one x axis: with {@code xTicks} false the panel shows the x grid without tick labels or x
   * label (the panel below carries them). A null title draws none; {@code logY} as {@code logX}.
   */
  Chart(Surface surface, String title, String xLabel, String yLabel, double[] xRange,
      double[] yRange, int extraRight, boolean logX, boolean logY, int top, int bottom,
      boolean xTicks) {
    this.surface = surface;
    this.logX = logX;
    this.logY = logY;
    this.top = top;
    this.bottom = bottom;
    // an empty or degenerate range would divide by zero: widen it
    xMin = logX ? Math.log10(xRange[0]) : xRange[0];
    double xTop = logX ? Math.log10(xRange[1]) : xRange[1];
    xMax = xTop > xMin ? xTop : xMin + 1;
    yMin = logY ? Math.log10(yRange[0]) : yRange[0];
    double yTop = logY ? Math.log10(yRange[1]) : yRange[1];
    yMax = yTop > yMin ? yTop : yMin + 1;
    right = WIDTH - RIGHT - extraRight;
    if (title != null) {
      surface.text(title, (LEFT + right) / 2.0, top - 18, TextStyle.TITLE, Anchor.MIDDLE,
          Color.BLACK, false);
    }
    if (yLabel != null) {
      axes(xTicks ? xLabel : null, yLabel, xTicks);
    }
  }

  /** The top of the band of the first panel of a plot. */
  static int firstTop() {
    return TOP;
  }

  /** The bottom of the band of the last panel of a plot (above the x tick labels and x label). */
  static int lastBottom() {
    return HEIGHT - BOTTOM;
  }

  /** A titled chart without axes (a drawing such as the network), data in [0, 1] x [0, 1]. */
  static Chart withoutAxes(Surface surface, String title) {
    return new Chart(surface, title, null, null, new double[] {0, 1}, new double[] {0, 1}, 0,
        false);
  }

  Surface surface() {
    return surface;
  }

  int left() {
    return LEFT;
  }

  int right() {
    return right;
  }

  int top() {
    return top;
  }

  int bottom() {
    return bottom;
  }

  double px(double x) {
    double v = logX ? Math.log10(x) : x;
    return LEFT + (v - xMin) / (xMax - xMin) * (right - LEFT);
  }

  double py(double y) {
    double v = logY ? Math.log10(y) : y;
    return bottom - (v - yMin) / (yMax - yMin) * (bottom - top);
  }

  /** Bars from y = 0 up to {@code heights[i]} over [edges[i], edges[i + 1]). */
  void bars(double[] edges, double[] heights, Color color) {
    for (int i = 0; i < heights.length; i++) {
      double x0 = px(edges[i]);
      double x1 = px(edges[i + 1]);
      double y0 = bottom;
      double y1 = py(Math.min(heights[i], logY ? Math.pow(10, yMax) : yMax));
      if (y0 - y1 <= 0) {
        continue;
      }
      surface.fillRect(x0, y1, Math.max(1, x1 - x0), y0 - y1, color);
      if (x1 - x0 > 4) {
        surface.strokeRect(x0, y1, x1 - x0, y0 - y1, color.darker());
      }
    }
  }

  /** Bars of equal {@code width} starting at {@code starts[i]}. */
  void bars(double[] starts, double width, double[] heights, Color color) {
    double[] edges = new double[starts.length + 1];
    System.arraycopy(starts, 0, edges, 0, starts.length);
    edges[starts.length] = starts.length == 0 ? 0 : starts[starts.length - 1] + width;
    for (int i = 0; i + 1 < starts.length; i++) {
      edges[i + 1] = starts[i] + width;
    }
    bars(edges, heights, color);
  }

  /** A line through the points; an undefined value breaks it. */
  void line(double[] xs, double[] ys, Color color, float thickness) {
    double[] px = new double[xs.length];
    double[] py = new double[xs.length];
    int n = 0;
    for (int i = 0; i <= xs.length; i++) {
      if (i == xs.length || !Double.isFinite(ys[i])) {
        if (n == 1) {
          surface.circle(px[0], py[0], 3, color);
        }
        surface.polyline(px, py, n, color, thickness);
        n = 0;
        continue;
      }
      px[n] = px(xs[i]);
      py[n++] = Math.max(top, Math.min(bottom, py(ys[i])));
    }
  }

  /** A round marker at each defined point. */
  void points(double[] xs, double[] ys, double radius, Color color) {
    for (int i = 0; i < xs.length; i++) {
      double y = Double.isFinite(ys[i]) && (!logY || ys[i] > 0) ? py(ys[i]) : Double.NaN;
      if (y >= top - 1e-9 && y <= bottom + 1e-9) {
        surface.circle(px(xs[i]), y, radius, color);
      }
    }
  }

  /**
   * A line through many points: when there are more than two per pixel column, the mean of each
   * column, over a light band from its minimum to its maximum when {@code band}.
   *
   * @return whether the points were grouped by pixel column
   */
  boolean series(double[] xs, double[] ys, Color color, float thickness, boolean band) {
    int columns = (int) Math.max(1, right - LEFT);
    if (xs.length <= 2 * columns) {
      line(xs, ys, color, thickness);
      return false;
    }
    double[] sum = new double[columns];
    double[] low = new double[columns];
    double[] high = new double[columns];
    int[] n = new int[columns];
    java.util.Arrays.fill(low, Double.POSITIVE_INFINITY);
    java.util.Arrays.fill(high, Double.NEGATIVE_INFINITY);
    for (int i = 0; i < xs.length; i++) {
      int col = (int) Math.max(0, Math.min(columns - 1, px(xs[i]) - LEFT));
      if (Double.isFinite(ys[i])) {
        sum[col] += ys[i];
        low[col] = Math.min(low[col], ys[i]);
        high[col] = Math.max(high[col], ys[i]);
        n[col]++;
      }
    }
    double[] cx = new double[columns];
    double[] cy = new double[columns];
    Color light = new Color(color.getRed(), color.getGreen(), color.getBlue(), 70);
    for (int col = 0; col < columns; col++) {
      cx[col] = LEFT + col + 0.5;
      cy[col] = n[col] == 0 ? Double.NaN : Math.max(top, py(sum[col] / n[col]));
      if (band && n[col] > 0) {
        double upper = Math.max(top, py(high[col]));
        surface.fillRect(LEFT + col, upper, 1, Math.max(0.5, py(low[col]) - upper), light);
      }
    }
    double[] px = new double[columns];
    double[] py = new double[columns];
    int k = 0;
    for (int col = 0; col <= columns; col++) {
      if (col == columns || !Double.isFinite(cy[col])) {
        surface.polyline(px, py, k, color, thickness);
        k = 0;
        continue;
      }
      px[k] = cx[col];
      py[k++] = cy[col];
    }
    return true;
  }

  /** A dashed vertical line across the plotting area at {@code x}. */
  void marker(double x, Color color) {
    double p = px(x);
    if (Double.isFinite(p) && p >= LEFT && p <= right) {
      surface.line(p, top, p, bottom, color, 1.5f, true);
    }
  }

  /** A line of text at the top right of the plotting area, {@code row} lines down. */
  void note(String text, int row, Color color) {
    noteAt(text, top + 22 + row * 18, color);
  }

  /** A line of text at the bottom right of the plotting area, {@code row} lines up. */
  void footnote(String text, int row, Color color) {
    noteAt(text, bottom() - 10 - row * 18, color);
  }

  /** A line of text at the bottom left of the plotting area, {@code row} lines up. */
  void legendBottomLeft(String text, int row, Color color) {
    double baseline = bottom - 10 - row * 18;
    double width = text.length() * 7.4 + 8;
    surface.fillRect(LEFT + 6, baseline - 13, width + 2, 18, new Color(255, 255, 255, 215));
    surface.text(text, LEFT + 10, baseline, TextStyle.TICK, Anchor.START, color, false);
  }

  private void noteAt(String text, double baseline, Color color) {
    // a white box keeps the text readable over the data; its width is estimated, not measured
    double width = text.length() * 7.4 + 8;
    surface.fillRect(right - 14 - width + 4, baseline - 13, width + 2, 18,
        new Color(255, 255, 255, 215));
    surface.text(text, right - 10, baseline, TextStyle.TICK, Anchor.END, color, false);
  }

  /** Frames the plotting area (again, over what was drawn inside it) and writes the files. */
  void write() throws IOException {
    frame();
    surface.write();
  }

  /** Frames the plotting area again, over what was drawn inside it, without writing. */
  void redrawFrame() {
    frame();
  }

  private void frame() {
    if (framed) {
      surface.strokeRect(LEFT, top, right - LEFT, bottom - top, Color.BLACK);
    }
  }

  private void axes(String xLabel, String yLabel, boolean xTicks) {
    framed = true;
    double[] xs = logX ? decades(xMin, xMax) : ticks(xMin, xMax);
    String[] xLabels = logX ? decadeLabels(xs) : TickLabels.of(xs);
    for (int i = 0; i < xs.length; i++) {
      double x = LEFT + (xs[i] - xMin) / (xMax - xMin) * (right - LEFT);
      surface.line(x, top + 1, x, bottom - 1, GRID, 1f, false);
      if (xTicks) {
        surface.line(x, bottom, x, bottom + 5, Color.BLACK, 1f, false);
        surface.text(xLabels[i], x, bottom + 20, TextStyle.TICK, Anchor.MIDDLE, Color.BLACK,
            false);
      }
    }
    double[] ys = logY ? decades(yMin, yMax) : ticks(yMin, yMax);
    String[] yLabels = logY ? decadeLabels(ys) : TickLabels.of(ys);
    for (int i = 0; i < ys.length; i++) {
      double y = bottom - (ys[i] - yMin) / (yMax - yMin) * (bottom - top);
      surface.line(LEFT + 1, y, right - 1, y, GRID, 1f, false);
      surface.line(LEFT - 5, y, LEFT, y, Color.BLACK, 1f, false);
      surface.text(yLabels[i], LEFT - 8, y + 5, TextStyle.TICK, Anchor.END, Color.BLACK, false);
    }
    if (xLabel != null) {
      surface.text(xLabel, (LEFT + right) / 2.0, bottom + 48, TextStyle.LABEL, Anchor.MIDDLE,
          Color.BLACK, false);
    }
    surface.text(yLabel, 24, (top + bottom) / 2.0, TextStyle.LABEL, Anchor.MIDDLE,
        Color.BLACK, true);
    frame();
  }

  /** Labels of decades (log10 values): the values themselves, distinct. */
  private static String[] decadeLabels(double[] logs) {
    double[] values = new double[logs.length];
    for (int i = 0; i < logs.length; i++) {
      values[i] = Math.pow(10, logs[i]);
    }
    return TickLabels.of(values);
  }

  /** About six round values between lo and hi. */
  static double[] ticks(double lo, double hi) {
    double raw = (hi - lo) / 6;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = magnitude;
    for (double f : new double[] {1, 2, 2.5, 5, 10}) {
      step = f * magnitude;
      if (step >= raw) {
        break;
      }
    }
    double first = Math.ceil(lo / step - 1e-9) * step;
    int n = (int) Math.floor((hi - first) / step + 1e-9) + 1;
    double[] t = new double[Math.max(0, n)];
    for (int i = 0; i < t.length; i++) {
      t[i] = first + i * step;
    }
    return t;
  }

  /** The log10 of 1, 2, 5 times each power of ten between lo and hi (log10 values). */
  static double[] decades(double lo, double hi) {
    boolean fine = hi - lo < 2.5;
    java.util.List<Double> t = new java.util.ArrayList<>();
    for (int k = (int) Math.floor(lo); k <= Math.ceil(hi); k++) {
      for (double m : fine ? new double[] {1, 2, 5} : new double[] {1}) {
        double v = k + Math.log10(m);
        if (v >= lo - 1e-9 && v <= hi + 1e-9) {
          t.add(v);
        }
      }
    }
    return t.stream().mapToDouble(Double::doubleValue).toArray();
  }

  static String label(double v) {
    if (Math.abs(v) < 1e-12) {
      return "0";
    }
    if (Math.abs(v) >= 1e5 || Math.abs(v) < 1e-3) {
      return String.format(Locale.ROOT, "%.2g", v);
    }
    String s = String.format(Locale.ROOT, "%.4f", v);
    return s.replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
