package org.sorn.plots;

import java.awt.Color;
import java.io.IOException;

/**
 * What a chart draws on, in pixels with y downwards: the same calls give a PNG ({@link
 * RasterSurface}) and an SVG ({@link SvgSurface}) of the same layout. Colours may carry alpha.
 */
interface Surface {

  /** Where a text's reference point is on the text's baseline. */
  enum Anchor { START, MIDDLE, END }

  /** The kinds of text a chart writes. */
  enum TextStyle {
    TITLE(17, true),
    LABEL(15, false),
    TICK(13, false);

    final int size;
    final boolean bold;

    TextStyle(int size, boolean bold) {
      this.size = size;
      this.bold = bold;
    }
  }

  void fillRect(double x, double y, double width, double height, Color fill);

  void strokeRect(double x, double y, double width, double height, Color stroke);

  /** A straight line; dashed for markers such as a fitted mode or mean. */
  void line(double x1, double y1, double x2, double y2, Color stroke, float width, boolean dashed);

  /** A connected line through the first {@code n} points. */
  void polyline(double[] xs, double[] ys, int n, Color stroke, float width);

  void circle(double cx, double cy, double radius, Color fill);

  /** Many small squares of side {@code size} centred on the points: spikes of a scatter plot. */
  void dots(double[] xs, double[] ys, int n, double size, Color fill);

  /** Many vertical strokes from (x, y) down by {@code length}: the spikes of a raster. */
  void ticks(double[] xs, double[] ys, int n, double length, Color stroke);

  /** A line of text; {@code vertical} turns it a quarter left about (x, y), as a y-axis label. */
  void text(String text, double x, double y, TextStyle style, Anchor anchor, Color fill,
      boolean vertical);

  /** Writes the file, once everything is drawn. */
  void write() throws IOException;
}
