package org.sorn.experiments;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.imageio.ImageIO;

/**
 * scores.png: one panel per score against n, a line per condition through the means over seeds,
 * error bars of one standard deviation. Drawn with Java2D on an image: no screen needed.
 */
final class ScoresPlot {
  private static final int PANEL_WIDTH = 520;
  private static final int HEIGHT = 460;
  private static final int LEFT = 60;
  private static final int RIGHT = 20;
  private static final int TOP = 40;
  private static final int BOTTOM = 110;
  private static final Color[] COLORS = {
    new Color(0xd62728), new Color(0x1f77b4), new Color(0x2ca02c), new Color(0xff7f0e)
  };
  private static final List<String> TITLES = List.of("accuracy", "end_accuracy", "position_accuracy");
  private static final List<Function<Summary.Row, Summary.Stat>> SCORES =
      List.of(Summary.Row::accuracy, Summary.Row::endAccuracy, Summary.Row::positionAccuracy);

  private ScoresPlot() {}

  static void write(Path file, CountingOptions options, Summary summary) throws IOException {
    BufferedImage image = new BufferedImage(3 * PANEL_WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
      for (int p = 0; p < 3; p++) {
        panel(g, p * PANEL_WIDTH, TITLES.get(p), SCORES.get(p), options, summary);
      }
      legend(g, options);
    } finally {
      g.dispose();
    }
    ImageIO.write(image, "png", file.toFile());
  }

  private static void panel(
      Graphics2D g, int x0, String title, Function<Summary.Row, Summary.Stat> score,
      CountingOptions options, Summary summary) {
    int left = x0 + LEFT;
    int right = x0 + PANEL_WIDTH - RIGHT;
    int top = TOP;
    int bottom = HEIGHT - BOTTOM;
    List<Integer> ns = options.ns().stream().sorted().toList();
    double nMin = ns.get(0) - 1;
    double nMax = ns.get(ns.size() - 1) + 1;
    Function<Double, Integer> xOf = n -> (int) Math.round(left + (n - nMin) / (nMax - nMin) * (right - left));
    Function<Double, Integer> yOf = v -> (int) Math.round(bottom - v * (bottom - top));

    g.setColor(Color.BLACK);
    g.drawString(title + " (mean +- sd over seeds)", left, top - 15);
    g.drawRect(left, top, right - left, bottom - top);
    for (int i = 0; i <= 4; i++) {
      double v = i / 4.0;
      int y = yOf.apply(v);
      g.setColor(new Color(0xdddddd));
      g.drawLine(left + 1, y, right - 1, y);
      g.setColor(Color.BLACK);
      g.drawString(String.format(Locale.ROOT, "%.2f", v), left - 40, y + 5);
    }
    for (int n : ns) {
      int x = xOf.apply((double) n);
      g.drawLine(x, bottom, x, bottom + 5);
      g.drawString(Integer.toString(n), x - 6, bottom + 20);
    }
    g.drawString("n", (left + right) / 2, bottom + 38);

    for (Condition c : options.conditions()) {
      g.setColor(COLORS[c.ordinal() % COLORS.length]);
      g.setStroke(new BasicStroke(2f));
      int lastX = -1;
      int lastY = -1;
      for (Summary.Row row : summary.rows()) {
        Summary.Stat s = score.apply(row);
        if (row.condition() != c || !Double.isFinite(s.mean())) {
          continue;
        }
        int x = xOf.apply((double) row.n());
        int y = yOf.apply(s.mean());
        if (lastX >= 0) {
          g.drawLine(lastX, lastY, x, y);
        }
        g.setStroke(new BasicStroke(1f));
        int low = yOf.apply(Math.max(0, s.mean() - s.sd()));
        int high = yOf.apply(Math.min(1, s.mean() + s.sd()));
        g.drawLine(x, low, x, high);
        g.drawLine(x - 4, low, x + 4, low);
        g.drawLine(x - 4, high, x + 4, high);
        g.fillOval(x - 4, y - 4, 8, 8);
        g.setStroke(new BasicStroke(2f));
        lastX = x;
        lastY = y;
      }
    }
    g.setStroke(new BasicStroke(1f));
  }

  private static void legend(Graphics2D g, CountingOptions options) {
    int x = LEFT;
    int y = HEIGHT - 35;
    for (Condition c : options.conditions()) {
      g.setColor(COLORS[c.ordinal() % COLORS.length]);
      g.fillRect(x, y - 10, 24, 10);
      g.setColor(Color.BLACK);
      g.drawString(c.label(), x + 30, y);
      x += 140;
    }
    g.drawString(
        "set-up " + options.setup().label() + ", ne = " + options.ne() + ", seeds " + options.seeds(),
        x + 20, y);
  }
}
