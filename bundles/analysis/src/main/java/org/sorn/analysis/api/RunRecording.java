package org.sorn.analysis.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.sorn.recording.Encoding;
import org.sorn.recording.Recording;
import org.sorn.recording.SeriesLayout;
import org.sorn.recording.SeriesReader;

/** The series of a run directory that the analysis reads, as arrays. */
final class RunRecording {
  static final String ACTIVATION = "ExcitatoryActivation";
  static final String EE_COUNTS = "EEConnectionCounts";
  static final String WEE = "WEE";

  private final Path run;
  private final List<SeriesLayout> layouts;

  private RunRecording(Path run, List<SeriesLayout> layouts) {
    this.run = run;
    this.layouts = layouts;
  }

  /**
   * The recording store of {@code run}.
   *
   * @throws MissingRecording when {@code run} is not a run directory
   */
  static RunRecording open(Path run) throws IOException, MissingRecording {
    if (!Files.isDirectory(run)) {
      throw new MissingRecording(run + " is not a directory; expected a run directory");
    }
    if (!Files.isDirectory(Recording.dataDirectory(run))) {
      throw new MissingRecording(
          run + " is not a run directory: it has no " + Recording.DATA + "/ recording store");
    }
    return new RunRecording(run, Recording.layouts(run));
  }

  /** The layout of series {@code name}, if recorded. */
  Optional<SeriesLayout> layout(String name) {
    return layouts.stream().filter(l -> l.name().equals(name)).findFirst();
  }

  /** The layout of series {@code name}, or a one-line error saying which --record gives it. */
  SeriesLayout required(String name, Encoding encoding) throws MissingRecording {
    SeriesLayout layout =
        layout(name)
            .orElseThrow(
                () ->
                    new MissingRecording(
                        run + " has no " + name + " recording; run with --record " + name));
    if (layout.encoding() != encoding) {
      throw new MissingRecording(
          name + " is stored as " + layout.encoding().label() + ", expected " + encoding.label());
    }
    return layout;
  }

  /** The excitatory activity, T x ne, time first. */
  boolean[][] activation() throws IOException, MissingRecording {
    SeriesLayout layout = required(ACTIVATION, Encoding.BITS);
    try (SeriesReader reader = SeriesReader.open(run, layout)) {
      int units = Math.toIntExact(layout.elements());
      boolean[][] train = new boolean[Math.toIntExact(reader.entries())][units];
      for (boolean[] step : train) {
        reader.readBits(step);
      }
      return train;
    }
  }

  /** The EE connection counts, one per recorded step. */
  long[] eeConnectionCounts() throws IOException, MissingRecording {
    SeriesLayout layout = required(EE_COUNTS, Encoding.INT64);
    try (SeriesReader reader = SeriesReader.open(run, layout)) {
      long[] counts = new long[Math.toIntExact(reader.entries())];
      for (int i = 0; i < counts.length; i++) {
        counts[i] = reader.readLong();
      }
      return counts;
    }
  }

  /** The last recorded W^EE [pre][post], or null when no complete entry was recorded. */
  double[][] lastWee() throws IOException, MissingRecording {
    SeriesLayout layout = required(WEE, Encoding.FLOAT64);
    int rows = layout.entryShape().get(0);
    int columns = layout.entryShape().get(1);
    try (SeriesReader reader = SeriesReader.open(run, layout)) {
      if (reader.entries() == 0) {
        return null;
      }
      // the reader streams: pass over the entries before the last
      long skip = (reader.entries() - 1) * rows * columns;
      for (long k = 0; k < skip; k++) {
        reader.readDouble();
      }
      double[][] w = new double[rows][columns];
      for (double[] row : w) {
        for (int j = 0; j < columns; j++) {
          row[j] = reader.readDouble();
        }
      }
      return w;
    }
  }
}
