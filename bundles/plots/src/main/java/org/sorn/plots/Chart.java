package org.sorn.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * One plot on an image: a framed area with labelled axes and nice ticks, data coordinates mapped to
 * pixels. Java2D on a BufferedImage, so no screen is needed.
 */
final class Chart {
  /** The size of every plot, in pixels. */
  static final int WIDTH = 900;

  static final int HEIGHT = 560;
  static final Color BLUE = new Color(0x1f77b4);
  static final Color RED = new Color(0xd62728);
  private static final int LEFT = 90;
  private static final int RIGHT = 40;
  private static final int TOP = 50;
  private static final int BOTTOM = 70;
  private static final Color GRID = new Color(0xe6e6e6);

  private final BufferedImage image;
  private final Graphics2D g;
  private final double xMin;
  private final double xMax;
  private final double yMin;
  private final double yMax;
  private final int right;

  /** A chart whose plotting area leaves {@code extraRight} pixels on the right (for a colour bar). */
  Chart(String title, String xLabel, String yLabel, double[] xRange, double[] yRange,
      int extraRight) {
    image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    // an empty or degenerate range would divide by zero: widen it
    xMin = xRange[0];
    xMax = xRange[1] > xRange[0] ? xRange[1] : xRange[0] + 1;
    yMin = yRange[0];
    yMax = yRange[1] > yRange[0] ? yRange[1] : yRange[0] + 1;
    right = WIDTH - RIGHT - extraRight;
    axes(title, xLabel, yLabel);
  }

  Chart(String title, String xLabel, String yLabel, double[] xRange, double[] yRange) {
    this(title, xLabel, yLabel, xRange, yRange, 0);
  }

  Graphics2D graphics() {
    return g;
  }

  int left() {
    return LEFT;
  }

  int right() {
    return right;
  }

  int top() {
    return TOP;
  }

  int bottom() {
    return HEIGHT - BOTTOM;
  }

  double px(double x) {
    return LEFT + (x - xMin) / (xMax - xMin) * (right - LEFT);
  }

  double py(double y) {
    return bottom() - (y - yMin) / (yMax - yMin) * (bottom() - TOP);
  }

  /** Bars from y = 0 up to {@code heights[i]} over [edges[i], edges[i] + width). */
  void bars(double[] edges, double width, double[] heights, Color color) {
    for (int i = 0; i < heights.length; i++) {
      int x0 = (int) Math.round(px(edges[i]));
      int x1 = (int) Math.round(px(edges[i] + width));
      int y0 = (int) Math.round(py(Math.max(yMin, 0)));
      int y1 = (int) Math.round(py(Math.min(heights[i], yMax)));
      g.setColor(color);
      g.fillRect(x0, y1, Math.max(1, x1 - x0), Math.max(0, y0 - y1));
      if (x1 - x0 > 4) {
        g.setColor(color.darker());
        g.drawRect(x0, y1, x1 - x0, Math.max(0, y0 - y1));
      }
    }
  }

  /** A polyline through the points, skipping undefined ones. */
  void line(double[] xs, double[] ys, Color color, float thickness) {
    g.setColor(color);
    g.setStroke(new BasicStroke(thickness));
    int lastX = 0;
    int lastY = 0;
    boolean drawn = false;
    for (int i = 0; i < xs.length; i++) {
      if (!Double.isFinite(ys[i])) {
        drawn = false;
        continue;
      }
      int x = (int) Math.round(px(xs[i]));
      int y = (int) Math.round(py(Math.max(yMin, Math.min(yMax, ys[i]))));
      if (drawn) {
        g.drawLine(lastX, lastY, x, y);
      } else if (xs.length == 1) {
        g.fillOval(x - 3, y - 3, 6, 6);
      }
      lastX = x;
      lastY = y;
      drawn = true;
    }
    g.setStroke(new BasicStroke(1f));
  }

  /** A line of text at the top right of the plotting area, {@code row} lines down. */
  void note(String text, int row, Color color) {
    FontMetrics m = g.getFontMetrics();
    g.setColor(color);
    g.drawString(text, right - 10 - m.stringWidth(text), TOP + 22 + row * (m.getHeight() + 2));
  }

  /** Frames the plotting area again, over what was drawn inside it. */
  void frame() {
    g.setColor(Color.BLACK);
    g.drawRect(LEFT, TOP, right - LEFT, bottom() - TOP);
  }

  void write(Path file) throws IOException {
    frame();
    g.dispose();
    ImageIO.write(image, "png", file.toFile());
  }

  private void axes(String title, String xLabel, String yLabel) {
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 17));
    g.setColor(Color.BLACK);
    FontMetrics m = g.getFontMetrics();
    g.drawString(title, (LEFT + right - m.stringWidth(title)) / 2, TOP - 18);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    m = g.getFontMetrics();
    for (double v : ticks(xMin, xMax)) {
      int x = (int) Math.round(px(v));
      g.setColor(GRID);
      g.drawLine(x, TOP + 1, x, bottom() - 1);
      g.setColor(Color.BLACK);
      g.drawLine(x, bottom(), x, bottom() + 5);
      String s = label(v);
      g.drawString(s, x - m.stringWidth(s) / 2, bottom() + 20);
    }
    for (double v : ticks(yMin, yMax)) {
      int y = (int) Math.round(py(v));
      g.setColor(GRID);
      g.drawLine(LEFT + 1, y, right - 1, y);
      g.setColor(Color.BLACK);
      g.drawLine(LEFT - 5, y, LEFT, y);
      String s = label(v);
      g.drawString(s, LEFT - 8 - m.stringWidth(s), y + 5);
    }
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
    m = g.getFontMetrics();
    g.drawString(xLabel, (LEFT + right - m.stringWidth(xLabel)) / 2, HEIGHT - 22);
    AffineTransform saved = g.getTransform();
    g.rotate(-Math.PI / 2);
    g.drawString(yLabel, -(TOP + bottom() + m.stringWidth(yLabel)) / 2, 24);
    g.setTransform(saved);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    frame();
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
