package org.sorn.plots;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.sorn.api.command.KeptFile;

/**
 * A {@link Surface} written as an SVG document: rect, line, polyline, circle, path and text
 * elements in a viewBox of the chart's pixel size, so it lays out as the PNG does.
 */
final class SvgSurface implements Surface {
  private final Path file;
  private final StringBuilder svg = new StringBuilder(1 << 16);

  SvgSurface(Path file, int width, int height) {
    this.file = file;
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"")
        .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
        .append(width).append(' ').append(height)
        .append("\" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\">\n")
        .append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"")
        .append(height).append("\" fill=\"#ffffff\"/>\n");
  }

  @Override
  public void fillRect(double x, double y, double width, double height, Color fill) {
    svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y))
        .append("\" width=\"").append(n(width)).append("\" height=\"").append(n(height))
        .append('"');
    paint("fill", fill);
    svg.append("/>\n");
  }

  @Override
  public void strokeRect(double x, double y, double width, double height, Color stroke) {
    svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y))
        .append("\" width=\"").append(n(width)).append("\" height=\"").append(n(height))
        .append("\" fill=\"none\"");
    paint("stroke", stroke);
    svg.append("/>\n");
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, Color stroke, float width,
      boolean dashed) {
    svg.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1))
        .append("\" x2=\"").append(n(x2)).append("\" y2=\"").append(n(y2))
        .append("\" stroke-width=\"").append(n(width)).append('"');
    paint("stroke", stroke);
    if (dashed) {
      svg.append(" stroke-dasharray=\"6 4\"");
    }
    svg.append("/>\n");
  }

  @Override
  public void polyline(double[] xs, double[] ys, int n, Color stroke, float width) {
    if (n < 2) {
      return;
    }
    svg.append("<polyline fill=\"none\" stroke-linejoin=\"round\" stroke-width=\"")
        .append(n(width)).append('"');
    paint("stroke", stroke);
    svg.append(" points=\"");
    for (int i = 0; i < n; i++) {
      svg.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
    }
    svg.append("\"/>\n");
  }

  @Override
  public void circle(double cx, double cy, double radius, Color fill) {
    svg.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy))
        .append("\" r=\"").append(n(radius)).append('"');
    paint("fill", fill);
    svg.append("/>\n");
  }

  @Override
  public void dots(double[] xs, double[] ys, int n, double size, Color fill) {
    if (n == 0) {
      return;
    }
    // one path of squares: a scatter of many spikes stays a small file
    svg.append("<path");
    paint("fill", fill);
    svg.append(" d=\"");
    String side = n(size);
    for (int i = 0; i < n; i++) {
      svg.append('M').append(n(xs[i] - size / 2)).append(' ').append(n(ys[i] - size / 2))
          .append('h').append(side).append('v').append(side).append('h').append('-').append(side)
          .append('z');
    }
    svg.append("\"/>\n");
  }

  @Override
  public void ticks(double[] xs, double[] ys, int n, double length, Color stroke) {
    if (n == 0) {
      return;
    }
    svg.append("<path fill=\"none\" stroke-width=\"1\"");
    paint("stroke", stroke);
    svg.append(" d=\"");
    String v = n(length);
    for (int i = 0; i < n; i++) {
      svg.append('M').append(n(xs[i])).append(' ').append(n(ys[i])).append('v').append(v);
    }
    svg.append("\"/>\n");
  }

  @Override
  public void text(String text, double x, double y, TextStyle style, Anchor anchor, Color fill,
      boolean vertical) {
    svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y))
        .append("\" font-size=\"").append(style.size).append('"');
    if (style.bold) {
      svg.append(" font-weight=\"bold\"");
    }
    if (anchor != Anchor.START) {
      svg.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end")
          .append('"');
    }
    if (vertical) {
      svg.append(" transform=\"rotate(-90 ").append(n(x)).append(' ').append(n(y))
          .append(")\"");
    }
    paint("fill", fill);
    svg.append('>').append(escape(text)).append("</text>\n");
  }

  @Override
  public void write() throws IOException {
    svg.append("</svg>\n");
    byte[] text = svg.toString().getBytes(StandardCharsets.UTF_8);
    KeptFile.write(file, stream -> stream.write(text));
  }

  /** Text as XML character data or an attribute value. */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&apos;");
        default -> {
          // XML 1.0 forbids most control characters, even escaped
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            s.append(c);
          }
        }
      }
    }
    return s.toString();
  }

  private void paint(String attribute, Color c) {
    svg.append(' ').append(attribute).append("=\"#")
        .append(String.format(Locale.ROOT, "%06x", c.getRGB() & 0xffffff)).append('"');
    if (c.getAlpha() < 255) {
      svg.append(' ').append(attribute).append("-opacity=\"")
          .append(n(c.getAlpha() / 255.0)).append('"');
    }
  }

  /** A coordinate with two decimals at most, no exponent: SVG numbers. */
  private static String n(double v) {
    if (!Double.isFinite(v)) {
      return "0";
    }
    long hundredths = Math.round(v * 100);
    if (hundredths % 100 == 0) {
      return Long.toString(hundredths / 100);
    }
    return String.format(Locale.ROOT, "%.2f", hundredths / 100.0).replaceAll("0$", "");
  }
}
