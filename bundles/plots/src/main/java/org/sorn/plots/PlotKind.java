package org.sorn.plots;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The plots {@code ./sorn plot} draws, with the file each goes to and the recording it needs. */
enum PlotKind {
  RASTER("raster", "ExcitatoryActivation", "Spike raster"),
  RATES("rates", "ExcitatoryActivation", "Firing-rate histogram"),
  WEIGHTS("weights", "WEE:every=N", "EE weight distribution"),
  CONNECTIONS("connections", "EEConnectionCounts", "EE connection dynamics"),
  ISI("isi", "ExcitatoryActivation", "Inter-spike intervals"),
  CORRELATION("correlation", "ExcitatoryActivation", "Correlation heat map");

  private final String label;
  private final String record;
  private final String title;

  PlotKind(String label, String record, String title) {
    this.label = label;
    this.record = record;
    this.title = title;
  }

  /** The name given to --what. */
  String label() {
    return label;
  }

  /** What to pass to --record so that the run has this plot's data. */
  String record() {
    return record;
  }

  String title() {
    return title;
  }

  String fileName() {
    return label + ".png";
  }

  /**
   * The plots named in a comma-separated list.
   *
   * @throws IllegalArgumentException naming the unknown plot
   */
  static List<PlotKind> parse(String list) {
    List<PlotKind> kinds = new ArrayList<>();
    for (String name : list.split(",")) {
      String n = name.trim().toLowerCase(Locale.ROOT);
      PlotKind found = null;
      for (PlotKind k : values()) {
        if (k.label.equals(n)) {
          found = k;
        }
      }
      if (found == null) {
        throw new IllegalArgumentException(
            "--what: unknown plot " + name + ", expected some of " + names());
      }
      if (!kinds.contains(found)) {
        kinds.add(found);
      }
    }
    return kinds;
  }

  static String names() {
    return String.join(",", java.util.Arrays.stream(values()).map(PlotKind::label).toList());
  }
}
