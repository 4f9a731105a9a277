package org.sorn.experiments;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * One PNG of series drawn as dots or lines on linear or logarithmic axes (decades labelled in
 * full), with a legend: the avalanche experiment's figures. Drawn with Java2D on an image: no
 * screen needed. Written aside and moved into place.
 */
final class LinePlot {
  static final Color[] COLOURS = {
    new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
    new Color(0x9467bd), new Color(0x555555)
  };
  private static final int WIDTH = 900;
  private static final int HEIGHT = 560;
  private static final int LEFT = 90;
  private static final int RIGHT = 30;
  private static final int TOP = 50;
  private static final int BOTTOM = 70;

  private record Series(double[] xs, double[] ys, Color colour, boolean dots, boolean dashed,
      String label) {}

  private final String title;
  private final String xLabel;
  private final String yLabel;
  private final boolean logX;
  private final boolean logY;
  private final List<Series> series = new ArrayList<>();

  LinePlot(String title, String xLabel, String yLabel, boolean logX, boolean logY) {
    this.title = title;
    this.xLabel = xLabel;
    this.yLabel = yLabel;
    this.logX = logX;
    this.logY = logY;
  }

  LinePlot dots(double[] xs, double[] ys, Color colour, String label) {
    series.add(new Series(xs, ys, colour, true, false, label));
    return this;
  }

  LinePlot line(double[] xs, double[] ys, Color colour, boolean dashed, String label) {
    series.add(new Series(xs, ys, colour, false, dashed, label));
    return this;
  }

  void write(Path file) throws IOException {
    double[] xr = range(true);
    double[] yr = range(false);
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
      g.setColor(Color.BLACK);
      centred(g, title, WIDTH / 2, TOP - 18);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
      axes(g, xr, yr);
      for (Series s : series) {
        g.setColor(s.colour());
        g.setStroke(s.dashed()
            ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {7f, 5f}, 0f)
            : new BasicStroke(s.dots() ? 1f : 2.2f));
        double px = Double.NaN;
        double py = Double.NaN;
        for (int i = 0; i < s.xs().length; i++) {
          if (!drawable(s.xs()[i], s.ys()[i])) {
            px = Double.NaN;
            continue;
          }
          double x = x(s.xs()[i], xr);
          double y = y(s.ys()[i], yr);
          if (y < TOP || y > HEIGHT - BOTTOM) {
            px = Double.NaN;
            continue;
          }
          if (s.dots()) {
            g.fill(new Ellipse2D.Double(x - 2.2, y - 2.2, 4.4, 4.4));
          } else if (!Double.isNaN(px)) {
            g.draw(new Line2D.Double(px, py, x, y));
          }
          px = x;
          py = y;
        }
      }
      legend(g);
      g.setColor(Color.BLACK);
      g.setStroke(new BasicStroke(1f));
      g.drawRect(LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM);
    } finally {
      g.dispose();
    }
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    ImageIO.write(image, "png", partial.toFile());
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
  }

  private boolean drawable(double x, double y) {
    return Double.isFinite(x) && Double.isFinite(y) && (!logX || x > 0) && (!logY || y > 0);
  }

  /** The data's range on one axis, in axis units (log10 when logarithmic), padded. */
  private double[] range(boolean xAxis) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    boolean log = xAxis ? logX : logY;
    for (Series s : series) {
      for (int i = 0; i < s.xs().length; i++) {
        if (drawable(s.xs()[i], s.ys()[i])) {
          double v = xAxis ? s.xs()[i] : s.ys()[i];
          v = log ? Math.log10(v) : v;
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    if (!(hi > lo)) {
      return new double[] {Double.isFinite(lo) ? lo - 1 : 0, Double.isFinite(hi) ? hi + 1 : 1};
    }
    double pad = 0.04 * (hi - lo);
    return log ? new double[] {Math.floor(lo - pad), Math.ceil(hi + pad)}
        : new double[] {Math.min(0, lo), hi + pad};
  }

  private double x(double v, double[] r) {
    double a = logX ? Math.log10(v) : v;
    return LEFT + (a - r[0]) / (r[1] - r[0]) * (WIDTH - LEFT - RIGHT);
  }

  private double y(double v, double[] r) {
    double a = logY ? Math.log10(v) : v;
    return HEIGHT - BOTTOM - (a - r[0]) / (r[1] - r[0]) * (HEIGHT - TOP - BOTTOM);
  }

  private void axes(Graphics2D g, double[] xr, double[] yr) {
    for (double v : ticks(xr, logX)) {
      int px = (int) Math.round(LEFT + (v - xr[0]) / (xr[1] - xr[0]) * (WIDTH - LEFT - RIGHT));
      g.setColor(new Color(0xe6e6e6));
      g.drawLine(px, TOP + 1, px, HEIGHT - BOTTOM - 1);
      g.setColor(Color.BLACK);
      g.drawLine(px, HEIGHT - BOTTOM, px, HEIGHT - BOTTOM + 5);
      centred(g, label(logX ? Math.pow(10, v) : v), px, HEIGHT - BOTTOM + 20);
    }
    for (double v : ticks(yr, logY)) {
      int py = (int) Math.round(HEIGHT - BOTTOM - (v - yr[0]) / (yr[1] - yr[0])
          * (HEIGHT - TOP - BOTTOM));
      g.setColor(new Color(0xe6e6e6));
      g.drawLine(LEFT + 1, py, WIDTH - RIGHT - 1, py);
      g.setColor(Color.BLACK);
      g.drawLine(LEFT - 5, py, LEFT, py);
      String l = label(logY ? Math.pow(10, v) : v);
      g.drawString(l, LEFT - 8 - g.getFontMetrics().stringWidth(l), py + 5);
    }
    centred(g, xLabel, (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 22);
    Graphics2D r = (Graphics2D) g.create();
    r.translate(24, (TOP + HEIGHT - BOTTOM) / 2.0);
    r.rotate(-Math.PI / 2);
    centred(r, yLabel, 0, 0);
    r.dispose();
  }

  private static List<Double> ticks(double[] r, boolean log) {
    List<Double> t = new ArrayList<>();
    if (log) {
      for (double k = Math.ceil(r[0]); k <= r[1] + 1e-9; k++) {
        t.add(k);
      }
      return t;
    }
    double raw = (r[1] - r[0]) / 6;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = magnitude;
    for (double f : new double[] {1, 2, 2.5, 5, 10}) {
      step = f * magnitude;
      if (step >= raw) {
        break;
      }
    }
    for (double v = Math.ceil(r[0] / step) * step; v <= r[1] + 1e-9; v += step) {
      t.add(v);
    }
    return t;
  }

  private static String label(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    if (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e5) {
      return String.format(Locale.ROOT, "%.0e", v);
    }
    return String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  private void legend(Graphics2D g) {
    int y = TOP + 20;
    for (Series s : series) {
      if (s.label() == null) {
        continue;
      }
      int w = g.getFontMetrics().stringWidth(s.label());
      int x = WIDTH - RIGHT - 14 - w;
      g.setColor(new Color(255, 255, 255, 220));
      g.fillRect(x - 30, y - 13, w + 36, 18);
      g.setColor(s.colour());
      g.setStroke(new BasicStroke(2.2f));
      if (s.dots()) {
        g.fill(new Ellipse2D.Double(x - 20, y - 7, 5, 5));
      } else {
        g.drawLine(x - 26, y - 4, x - 8, y - 4);
      }
      g.drawString(s.label(), x, y);
      y += 18;
    }
  }

  private static void centred(Graphics2D g, String s, double x, double y) {
    g.drawString(s, (float) (x - g.getFontMetrics().stringWidth(s) / 2.0), (float) y);
  }
}
