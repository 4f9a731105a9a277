package org.sorn.plots;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The file formats a plot is written in: PNG for reports and viewers, SVG for papers. */
enum Format {
  PNG,
  SVG;

  /** The file extension, without the dot. */
  String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A surface of this format that writes {@code file} when done. */
  Surface surface(java.nio.file.Path file, int width, int height) {
    return this == PNG ? new RasterSurface(file, width, height)
        : new SvgSurface(file, width, height);
  }

  /**
   * The formats in a comma-separated list.
   *
   * @throws IllegalArgumentException naming the unknown format
   */
  static List<Format> parse(String list) {
    List<Format> formats = new ArrayList<>();
    for (String name : list.split(",")) {
      Format found = Arrays.stream(values())
          .filter(f -> f.extension().equals(name.trim().toLowerCase(Locale.ROOT)))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException(
              "--format: unknown format " + name + ", expected png, svg or png,svg"));
      if (!formats.contains(found)) {
        formats.add(found);
      }
    }
    return formats;
  }
}
