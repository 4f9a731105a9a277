package org.sorn.plots;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.sorn.recording.Encoding;
import org.sorn.recording.Recording;
import org.sorn.recording.SeriesLayout;
import org.sorn.recording.SeriesReader;

/** The series of a run directory that the plots read, as arrays; absent series are empty. */
final class RunData {
  static final String ACTIVATION = "ExcitatoryActivation";
  static final String EE_COUNTS = "EEConnectionCounts";
  static final String WEE = "WEE";

  private final Path run;
  private final List<SeriesLayout> layouts;

  private RunData(Path run, List<SeriesLayout> layouts) {
    this.run = run;
    this.layouts = layouts;
  }

  /**
   * The recording store of {@code run}.
   *
   * @throws NotARun when {@code run} is not a directory or has no recording store
   */
  static RunData open(Path run) throws IOException, NotARun {
    if (!Files.isDirectory(run)) {
      throw new NotARun(run + " is not a directory; expected a run directory");
    }
    if (!Files.isDirectory(Recording.dataDirectory(run))) {
      throw new NotARun(
          run + " is not a run directory: it has no " + Recording.DATA + "/ recording store");
    }
    return new RunData(run, Recording.layouts(run));
  }

  Path directory() {
    return run;
  }

  /** The layout of series {@code name} when it was recorded with {@code encoding}. */
  Optional<SeriesLayout> layout(String name, Encoding encoding) {
    return layouts.stream()
        .filter(l -> l.name().equals(name) && l.encoding() == encoding)
        .findFirst();
  }

  /** The number of excitatory units, as the sidecars tell it; 0 when none does. */
  int ne() {
    for (SeriesLayout l : layouts) {
      if (l.run().get("ne") instanceof Number n) {
        return n.intValue();
      }
    }
    return 0;
  }

  /** The excitatory activity, T x ne, time first; empty when not recorded. */
  Optional<Spikes> activation() throws IOException {
    Optional<SeriesLayout> found = layout(ACTIVATION, Encoding.BITS);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    SeriesLayout layout = found.get();
    try (SeriesReader reader = SeriesReader.open(run, layout)) {
      int units = Math.toIntExact(layout.elements());
      boolean[][] train = new boolean[Math.toIntExact(reader.entries())][units];
      long[] steps = new long[train.length];
      for (int t = 0; t < train.length; t++) {
        steps[t] = reader.step(t);
        reader.readBits(train[t]);
      }
      return Optional.of(new Spikes(train, steps));
    }
  }

  /** The EE connection counts and the steps they were taken at; empty when not recorded. */
  Optional<long[][]> eeConnectionCounts() throws IOException {
    Optional<SeriesLayout> found = layout(EE_COUNTS, Encoding.INT64);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    try (SeriesReader reader = SeriesReader.open(run, found.get())) {
      int n = Math.toIntExact(reader.entries());
      long[] steps = new long[n];
      long[] counts = new long[n];
      for (int i = 0; i < n; i++) {
        steps[i] = reader.step(i);
        counts[i] = reader.readLong();
      }
      return Optional.of(new long[][] {steps, counts});
    }
  }

  /** The last recorded W^EE [pre][post]; empty when not recorded or no entry is complete. */
  Optional<double[][]> lastWee() throws IOException {
    Optional<SeriesLayout> found = layout(WEE, Encoding.FLOAT64);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    SeriesLayout layout = found.get();
    int rows = layout.entryShape().get(0);
    int columns = layout.entryShape().get(1);
    try (SeriesReader reader = SeriesReader.open(run, layout)) {
      if (reader.entries() == 0) {
        return Optional.empty();
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
      return Optional.of(w);
    }
  }

  /**
   * A recorded spike train.
   *
   * @param train T x ne, time first
   * @param steps the simulation step of each row
   */
  record Spikes(boolean[][] train, long[] steps) {}
}
