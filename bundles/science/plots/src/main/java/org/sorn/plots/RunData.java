package org.sorn.plots;

import java.io.IOException;
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
    Optional<String> problem = Recording.notARunDirectory(run);
    if (problem.isPresent()) {
      throw new NotARun(problem.get());
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
    try (SeriesReader reader = SeriesReader.open(run, found.get())) {
      return Optional.of(new Spikes(reader.readAllBits(), reader.steps()));
    }
  }

  /** The EE connection counts and the steps they were taken at; empty when not recorded. */
  Optional<long[][]> eeConnectionCounts() throws IOException {
    Optional<SeriesLayout> found = layout(EE_COUNTS, Encoding.INT64);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    try (SeriesReader reader = SeriesReader.open(run, found.get())) {
      return Optional.of(new long[][] {reader.steps(), reader.readAllLongs()});
    }
  }

  /** The last recorded W^EE [pre][post]; empty when not recorded or no entry is complete. */
  Optional<double[][]> lastWee() throws IOException {
    Optional<SeriesLayout> found = layout(WEE, Encoding.FLOAT64);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    try (SeriesReader reader = SeriesReader.open(run, found.get())) {
      return Optional.ofNullable(reader.readLastMatrix());
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
