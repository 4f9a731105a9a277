package org.sorn.cartpole;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import javax.imageio.ImageIO;

/**
 * rewards.png: the reward of every episode (grey) and its moving average (red) against the episode,
 * with labelled axes. Drawn with Java2D on an image: no screen needed.
 */
final class RewardPlot {
  private static final int WIDTH = 900;
  private static final int HEIGHT = 520;
  private static final int LEFT = 80;
  private static final int RIGHT = 30;
  private static final int TOP = 50;
  private static final int BOTTOM = 90;
  private static final Color REWARD = new Color(0x9a9a9a);
  private static final Color AVERAGE = new Color(0xd62728);
  private static final Color GRID = new Color(0xe4e4e4);

  private RewardPlot() {}

  static void write(Path file, RewardCurve curve, int stepLimit, String title) throws IOException {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
      draw(g, curve, stepLimit, title);
    } finally {
      g.dispose();
    }
    ImageIO.write(image, "png", file.toFile());
  }

  private static void draw(Graphics2D g, RewardCurve curve, int stepLimit, String title) {
    double[] rewards = curve.rewards();
    int right = WIDTH - RIGHT;
    int bottom = HEIGHT - BOTTOM;
    int episodes = Math.max(rewards.length, 2);
    double yMax = stepLimit;
    // episode e (from 1) at x, reward r at y
    DoubleUnaryOperator xOf = e -> LEFT + (e - 1) / (episodes - 1) * (right - LEFT);
    DoubleUnaryOperator yOf = r -> bottom - r / yMax * (bottom - TOP);

    int yTicks = 5;
    for (int i = 0; i <= yTicks; i++) {
      double r = yMax * i / yTicks;
      int y = (int) Math.round(yOf.applyAsDouble(r));
      g.setColor(GRID);
      g.drawLine(LEFT + 1, y, right - 1, y);
      g.setColor(Color.BLACK);
      g.drawLine(LEFT - 5, y, LEFT, y);
      String label = String.format(Locale.ROOT, "%.0f", r);
      g.drawString(label, LEFT - 10 - g.getFontMetrics().stringWidth(label), y + 5);
    }
    int step = niceStep(episodes);
    for (int e = step; e <= episodes; e += step) {
      int x = (int) Math.round(xOf.applyAsDouble(e));
      g.drawLine(x, bottom, x, bottom + 5);
      String label = Integer.toString(e);
      g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, bottom + 20);
    }
    g.drawRect(LEFT, TOP, right - LEFT, bottom - TOP);

    g.setStroke(new BasicStroke(1f));
    g.setColor(REWARD);
    g.draw(line(rewards, xOf, yOf));
    g.setStroke(new BasicStroke(2.5f));
    g.setColor(AVERAGE);
    g.draw(line(curve.averages(), xOf, yOf));

    g.setColor(Color.BLACK);
    g.setFont(g.getFont().deriveFont(Font.BOLD, 15f));
    g.drawString(title, LEFT, TOP - 20);
    g.setFont(g.getFont().deriveFont(Font.PLAIN, 13f));
    String xLabel = "episode";
    g.drawString(xLabel, (LEFT + right - g.getFontMetrics().stringWidth(xLabel)) / 2, HEIGHT - 48);
    AffineTransform saved = g.getTransform();
    g.rotate(-Math.PI / 2);
    String yLabel = "reward (steps balanced)";
    g.drawString(yLabel, -(TOP + bottom + g.getFontMetrics().stringWidth(yLabel)) / 2, 25);
    g.setTransform(saved);
    legend(g, right, curve.window());
  }

  private static Path2D line(
      double[] values,
      DoubleUnaryOperator xOf,
      DoubleUnaryOperator yOf) {
    Path2D.Double path = new Path2D.Double();
    for (int e = 0; e < values.length; e++) {
      double x = xOf.applyAsDouble(e + 1);
      double y = yOf.applyAsDouble(values[e]);
      if (e == 0) {
        path.moveTo(x, y);
      } else {
        path.lineTo(x, y);
      }
    }
    return path;
  }

  /** One row under the axis label, so that it never hides a curve. */
  private static void legend(Graphics2D g, int right, int window) {
    String reward = "reward of the episode";
    String average = "moving average over " + window + " episodes";
    int width = 32 + g.getFontMetrics().stringWidth(reward) + 40 + 32 + g.getFontMetrics().stringWidth(average);
    int x = (LEFT + right - width) / 2;
    int y = HEIGHT - 18;
    g.setColor(REWARD);
    g.setStroke(new BasicStroke(1f));
    g.drawLine(x, y - 4, x + 25, y - 4);
    g.setColor(Color.BLACK);
    g.drawString(reward, x + 32, y);
    x += 32 + g.getFontMetrics().stringWidth(reward) + 40;
    g.setColor(AVERAGE);
    g.setStroke(new BasicStroke(2.5f));
    g.drawLine(x, y - 4, x + 25, y - 4);
    g.setColor(Color.BLACK);
    g.drawString(average, x + 32, y);
  }

  /** A tick spacing of 1, 2 or 5 times a power of ten giving at most 10 ticks. */
  private static int niceStep(int episodes) {
    for (int power = 1; ; power *= 10) {
      for (int m : new int[] {1, 2, 5}) {
        if (episodes / (m * power) <= 10) {
          return m * power;
        }
      }
    }
  }
}
