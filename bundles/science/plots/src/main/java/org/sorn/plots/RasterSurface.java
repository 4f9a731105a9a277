package org.sorn.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.sorn.api.command.KeptFile;

/** A {@link Surface} on a Java2D image, written as PNG; no screen needed. */
final class RasterSurface implements Surface {
  private static final float[] DASH = {6f, 4f};

  private final Path file;
  private final BufferedImage image;
  private final Graphics2D g;

  RasterSurface(Path file, int width, int height) {
    this.file = file;
    image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
  }

  @Override
  public void fillRect(double x, double y, double width, double height, Color fill) {
    g.setColor(fill);
    g.fill(new Rectangle2D.Double(x, y, width, height));
  }

  @Override
  public void strokeRect(double x, double y, double width, double height, Color stroke) {
    g.setColor(stroke);
    g.setStroke(new BasicStroke(1f));
    g.draw(new Rectangle2D.Double(x, y, width, height));
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, Color stroke, float width,
      boolean dashed) {
    g.setColor(stroke);
    g.setStroke(dashed
        ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, DASH, 0f)
        : new BasicStroke(width));
    g.draw(new Line2D.Double(x1, y1, x2, y2));
  }

  @Override
  public void polyline(double[] xs, double[] ys, int n, Color stroke, float width) {
    if (n < 2) {
      return;
    }
    Path2D.Double path = new Path2D.Double();
    path.moveTo(xs[0], ys[0]);
    for (int i = 1; i < n; i++) {
      path.lineTo(xs[i], ys[i]);
    }
    g.setColor(stroke);
    g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(path);
  }

  @Override
  public void circle(double cx, double cy, double radius, Color fill) {
    g.setColor(fill);
    g.fill(new java.awt.geom.Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius));
  }

  @Override
  public void dots(double[] xs, double[] ys, int n, double size, Color fill) {
    g.setColor(fill);
    Rectangle2D.Double r = new Rectangle2D.Double(0, 0, size, size);
    for (int i = 0; i < n; i++) {
      r.x = xs[i] - size / 2;
      r.y = ys[i] - size / 2;
      g.fill(r);
    }
  }

  @Override
  public void ticks(double[] xs, double[] ys, int n, double length, Color stroke) {
    g.setColor(stroke);
    g.setStroke(new BasicStroke(1f));
    Line2D.Double l = new Line2D.Double();
    for (int i = 0; i < n; i++) {
      l.setLine(xs[i], ys[i], xs[i], ys[i] + length);
      g.draw(l);
    }
  }

  @Override
  public void text(String text, double x, double y, TextStyle style, Anchor anchor, Color fill,
      boolean vertical) {
    g.setFont(new Font(Font.SANS_SERIF, style.bold ? Font.BOLD : Font.PLAIN, style.size));
    int width = g.getFontMetrics().stringWidth(text);
    double shift = switch (anchor) {
      case START -> 0;
      case MIDDLE -> -width / 2.0;
      case END -> -width;
    };
    g.setColor(fill);
    AffineTransform saved = g.getTransform();
    g.translate(x, y);
    if (vertical) {
      g.rotate(-Math.PI / 2);
    }
    g.drawString(text, (float) shift, 0f);
    g.setTransform(saved);
  }

  @Override
  public void write() throws IOException {
    g.dispose();
    KeptFile.write(file, stream -> {
      if (!ImageIO.write(image, "png", stream)) {
        throw new IOException("no PNG writer in this JDK");
      }
    });
  }
}
