package org.sorn.exporter.csv;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.sorn.recording.SeriesLayout;
import org.sorn.recording.SeriesReader;

/**
 * One series as CSV: a header, then a row per recorded step, {@code step} first and the entry's
 * elements after it in C order (activities 0/1, counts as integers, doubles in the shortest form
 * that reads back the same). A list series (spike events) has one row {@code step,unit} per
 * element instead.
 */
final class SeriesCsv {

  static void write(SeriesReader series, Writer out) throws IOException {
    SeriesLayout layout = series.layout();
    out.write("step");
    switch (layout.encoding()) {
      case COUNTED_INT32 -> out.write(",unit\n");
      default -> columns(layout, out);
    }
    int n = Math.toIntExact(layout.elements());
    boolean[] flags = new boolean[n];
    int[] units = new int[n];
    for (long e = 0; e < series.entries(); e++) {
      String step = Long.toString(series.step(e));
      switch (layout.encoding()) {
        case BITS -> {
          series.readBits(flags);
          out.write(step);
          for (boolean f : flags) {
            out.write(f ? ",1" : ",0");
          }
          out.write('\n');
        }
        case INT64 -> {
          out.write(step);
          for (int i = 0; i < n; i++) {
            out.write(',');
            out.write(Long.toString(series.readLong()));
          }
          out.write('\n');
        }
        case FLOAT64 -> {
          out.write(step);
          for (int i = 0; i < n; i++) {
            out.write(',');
            out.write(NumberOutput.toString(series.readDouble(), true));
          }
          out.write('\n');
        }
        case COUNTED_INT32 -> {
          int count = series.readList(units);
          for (int i = 0; i < count; i++) {
            out.write(step);
            out.write(',');
            out.write(Integer.toString(units[i]));
            out.write('\n');
          }
        }
      }
    }
  }

  /**
   * The header after {@code step}: the series' name for a single number, the index for a vector,
   * {@code row:column} for a matrix.
   */
  private static void columns(SeriesLayout layout, Writer out) throws IOException {
    List<Integer> shape = layout.entryShape();
    if (shape.isEmpty()) {
      out.write("," + layout.name());
    } else if (shape.size() == 1) {
      for (int i = 0; i < shape.get(0); i++) {
        out.write("," + i);
      }
    } else {
      int columns = Math.toIntExact(layout.elements() / shape.get(0));
      for (int r = 0; r < shape.get(0); r++) {
        for (int c = 0; c < columns; c++) {
          out.write("," + r + ":" + c);
        }
      }
    }
    out.write('\n');
  }

  private SeriesCsv() {}
}
