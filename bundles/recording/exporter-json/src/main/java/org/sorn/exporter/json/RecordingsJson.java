package org.sorn.exporter.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sorn.api.command.KeptFile;
import org.sorn.recording.Recording;
import org.sorn.recording.SeriesLayout;
import org.sorn.recording.SeriesReader;

/**
 * Writes each recorded series as {@code <Name>.json}: a JSON array with one element per recorded
 * step, laid out as the package's callbacks (activities as 0.0 / 1.0, matrices [pre][post], counts
 * as integers), streamed from the store.
 */
final class RecordingsJson {
  private final JsonFactory json;

  RecordingsJson(JsonFactory json) {
    this.json = json;
  }

  /** Writes every series of {@code runDirectory} into it; returns the files written. */
  List<Path> export(Path runDirectory) throws IOException {
    List<Path> files = new ArrayList<>();
    for (SeriesLayout layout : Recording.layouts(runDirectory)) {
      Path file = runDirectory.resolve(layout.name() + ".json");
      // written aside and moved into place: a reader sees the whole series or none
      KeptFile.write(
          file,
          stream -> {
            try (SeriesReader series = SeriesReader.open(runDirectory, layout);
                JsonGenerator out = json.createGenerator(stream, JsonEncoding.UTF8)) {
              write(out, series);
            }
          });
      files.add(file);
    }
    return files;
  }

  private static void write(JsonGenerator out, SeriesReader series) throws IOException {
    Entry entry = entry(series);
    out.writeStartArray();
    for (long e = 0; e < series.entries(); e++) {
      entry.write(out);
    }
    out.writeEndArray();
  }

  /** How the entries of {@code series} are written, each read from the store when written. */
  private static Entry entry(SeriesReader series) {
    List<Integer> shape = series.layout().entryShape();
    return switch (series.layout().encoding()) {
      case BITS -> new Flags(series);
      case INT64 -> out -> nested(out, shape, 0, o -> o.writeNumber(series.readLong()));
      case FLOAT64 -> out -> nested(out, shape, 0, o -> o.writeNumber(series.readDouble()));
      case COUNTED_INT32 -> new UnitList(series);
    };
  }

  /** The elements of one entry as nested arrays of its shape, row after row. */
  private static void nested(JsonGenerator out, List<Integer> shape, int dim, Entry element)
      throws IOException {
    if (dim == shape.size()) {
      element.write(out);
      return;
    }
    out.writeStartArray();
    for (int i = 0; i < shape.get(dim); i++) {
      nested(out, shape, dim + 1, element);
    }
    out.writeEndArray();
  }

  /** Writes the next entry (or, inside one, the next element). */
  @FunctionalInterface
  private interface Entry {
    void write(JsonGenerator out) throws IOException;
  }

  /** Flags as the package's 0.0 / 1.0 numbers. */
  private static final class Flags implements Entry {
    private final SeriesReader series;
    private final boolean[] flags;
    private int next;

    Flags(SeriesReader series) {
      this.series = series;
      this.flags = new boolean[Math.toIntExact(series.layout().elements())];
    }

    @Override
    public void write(JsonGenerator out) throws IOException {
      series.readBits(flags);
      next = 0;
      nested(out, series.layout().entryShape(), 0, o -> o.writeNumber(flags[next++] ? 1.0 : 0.0));
    }
  }

  /** A list of units of any length, such as the units that spiked. */
  private static final class UnitList implements Entry {
    private final SeriesReader series;
    private final int[] units;

    UnitList(SeriesReader series) {
      this.series = series;
      this.units = new int[Math.toIntExact(series.layout().elements())];
    }

    @Override
    public void write(JsonGenerator out) throws IOException {
      int count = series.readList(units);
      out.writeArray(units, 0, count);
    }
  }
}
