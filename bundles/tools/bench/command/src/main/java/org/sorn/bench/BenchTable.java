package org.sorn.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The bench's results as a plain-text table, one row per network, numbers right-aligned: steady
 * speed, heap after GC (all of it, and the part the run added) and stored synapses per matrix.
 */
final class BenchTable {
  static final List<String> HEADER =
      List.of("ne", "E->I", "steps/s", "steps", "heap MiB", "run MiB", "Wee", "Wei", "Wie");

  private BenchTable() {}

  static String format(List<BenchResult> results) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (BenchResult r : results) {
      rows.add(row(r));
    }
    int[] widths = new int[HEADER.size()];
    for (List<String> row : rows) {
      for (int c = 0; c < widths.length; c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (List<String> row : rows) {
      for (int c = 0; c < widths.length; c++) {
        String cell = row.get(c);
        String padding = " ".repeat(widths[c] - cell.length());
        // the E->I column is words; every other column is a number
        text.append(c == 0 ? "" : "  ").append(c == 1 ? cell + padding : padding + cell);
      }
      text.append(System.lineSeparator());
    }
    return text.toString();
  }

  /** One line for the progress of a network as it finishes. */
  static String progress(BenchResult r) {
    return "ne=" + r.network().ne() + " (" + r.network().inhibitoryInput() + " E->I): "
        + Numbers.grouped(r.stepsPerSecond()) + " steps/s over "
        + String.format(java.util.Locale.ROOT, "%.1f", r.seconds()) + " s, heap "
        + Numbers.mebibytes(r.heapUsed()) + " MiB after GC";
  }

  private static List<String> row(BenchResult r) {
    return List.of(
        Integer.toString(r.network().ne()),
        r.network().inhibitoryInput(),
        Numbers.grouped(r.stepsPerSecond()),
        Numbers.grouped(r.steps()),
        Numbers.mebibytes(r.heapUsed()),
        Numbers.mebibytes(r.heapOfRun()),
        Numbers.grouped(r.wee()),
        Numbers.grouped(r.wei()),
        Numbers.grouped(r.wie()));
  }
}
