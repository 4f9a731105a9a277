package org.sorn.plots;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** One drawing sent to a surface of every format asked, so PNG and SVG show the same plot. */
final class AllFormats implements Surface {
  private final List<Surface> surfaces;

  /** Surfaces writing {@code folder/name.<extension>} for each format. */
  AllFormats(Path folder, String name, List<Format> formats, int width, int height) {
    surfaces = formats.stream()
        .map(f -> f.surface(folder.resolve(name + "." + f.extension()), width, height))
        .toList();
  }

  @Override
  public void fillRect(double x, double y, double width, double height, Color fill) {
    surfaces.forEach(s -> s.fillRect(x, y, width, height, fill));
  }

  @Override
  public void strokeRect(double x, double y, double width, double height, Color stroke) {
    surfaces.forEach(s -> s.strokeRect(x, y, width, height, stroke));
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, Color stroke, float width,
      boolean dashed) {
    surfaces.forEach(s -> s.line(x1, y1, x2, y2, stroke, width, dashed));
  }

  @Override
  public void polyline(double[] xs, double[] ys, int n, Color stroke, float width) {
    surfaces.forEach(s -> s.polyline(xs, ys, n, stroke, width));
  }

  @Override
  public void circle(double cx, double cy, double radius, Color fill) {
    surfaces.forEach(s -> s.circle(cx, cy, radius, fill));
  }

  @Override
  public void dots(double[] xs, double[] ys, int n, double size, Color fill) {
    surfaces.forEach(s -> s.dots(xs, ys, n, size, fill));
  }

  @Override
  public void ticks(double[] xs, double[] ys, int n, double length, Color stroke) {
    surfaces.forEach(s -> s.ticks(xs, ys, n, length, stroke));
  }

  @Override
  public void text(String text, double x, double y, TextStyle style, Anchor anchor, Color fill,
      boolean vertical) {
    surfaces.forEach(s -> s.text(text, x, y, style, anchor, fill, vertical));
  }

  @Override
  public void write() throws IOException {
    for (Surface s : surfaces) {
      s.write();
    }
  }
}
