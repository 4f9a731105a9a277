package org.sorn.plots;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The plots {@code ./sorn plot} draws (the package's Plotter, spec section 8), each with its file
 * name and the recording it needs.
 */
enum PlotKind {
  RASTER("raster", Needs.ACTIVITY, "Spike raster"),
  SCATTER("scatter", Needs.ACTIVITY, "Spike scatter"),
  RATES("rates", Needs.ACTIVITY, "Firing-rate histogram"),
  ISI("isi", Needs.ACTIVITY, "Inter-spike intervals with an exponential fit"),
  CORRELATION("correlation", Needs.ACTIVITY, "Correlation heat map"),
  HAMMING("hamming", Needs.ACTIVITY, "Hamming distance"),
  SIZES("sizes", Needs.ACTIVITY, "Avalanche sizes with their fits"),
  DURATIONS("durations", Needs.ACTIVITY, "Avalanche durations with their fits"),
  CONNECTIONS("connections", Needs.COUNTS, "EE connection dynamics"),
  WEIGHTS("weights", Needs.WEIGHTS, "EE weight distribution"),
  LINEAR_FIT("linearfit", Needs.WEIGHTS, "Lognormal weight fit, linear axes"),
  LOGNORMAL_FIT("lognormalfit", Needs.WEIGHTS, "Lognormal weight fit, log weight axis"),
  IN_DEGREE("indegree", Needs.WEIGHTS, "Incoming connections"),
  OUT_DEGREE("outdegree", Needs.WEIGHTS, "Outgoing connections"),
  NETWORK("network", Needs.WEIGHTS, "EE network");

  /** The recorded series a plot is drawn from. */
  enum Needs {
    ACTIVITY(RunData.ACTIVATION),
    COUNTS(RunData.EE_COUNTS),
    WEIGHTS("WEE:every=N");

    /** What to pass to --record so that the run has it. */
    final String record;

    Needs(String record) {
      this.record = record;
    }
  }

  private final String label;
  private final Needs needs;
  private final String title;

  PlotKind(String label, Needs needs, String title) {
    this.label = label;
    this.needs = needs;
    this.title = title;
  }

  /** The name given to --what, and the file name without extension. */
  String label() {
    return label;
  }

  Needs needs() {
    return needs;
  }

  /** What to pass to --record so that the run has this plot's data. */
  String record() {
    return needs.record;
  }

  String title() {
    return title;
  }

  String fileName(Format format) {
    return label + "." + format.extension();
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
      PlotKind found = Arrays.stream(values()).filter(k -> k.label.equals(n)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException(
              "--what: unknown plot " + name + ", expected some of " + names()));
      if (!kinds.contains(found)) {
        kinds.add(found);
      }
    }
    return kinds;
  }

  static String names() {
    return String.join(",", Arrays.stream(values()).map(PlotKind::label).toList());
  }
}
