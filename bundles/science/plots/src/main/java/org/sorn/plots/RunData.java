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
    return activation(StepRange.ALL);
  }

  /** The excitatory activity of the recorded steps in {@code range}; empty when not recorded. */
  Optional<Spikes> activation(StepRange range) throws IOException {
    Optional<SeriesLayout> found = layout(ACTIVATION, Encoding.BITS);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    try (SeriesReader reader = SeriesReader.open(run, found.get())) {
      long[] steps = reader.steps();
      boolean[][] train = reader.readAllBits();
      if (range.isAll()) {
        return Optional.of(new Spikes(train, steps));
      }
      int[] kept = kept(steps, range);
      boolean[][] rows = new boolean[kept.length][];
      long[] at = new long[kept.length];
      for (int k = 0; k < kept.length; k++) {
        rows[k] = train[kept[k]];
        at[k] = steps[kept[k]];
      }
      return Optional.of(new Spikes(rows, at));
    }
  }

  /** The EE connection counts and the steps they were taken at; empty when not recorded. */
  Optional<long[][]> eeConnectionCounts() throws IOException {
    return eeConnectionCounts(StepRange.ALL);
  }

  /** {steps, counts} of the recorded steps in {@code range}; empty when not recorded. */
  Optional<long[][]> eeConnectionCounts(StepRange range) throws IOException {
    Optional<SeriesLayout> found = layout(EE_COUNTS, Encoding.INT64);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    try (SeriesReader reader = SeriesReader.open(run, found.get())) {
      long[] steps = reader.steps();
      long[] counts = reader.readAllLongs();
      int[] kept = kept(steps, range);
      long[][] picked = new long[2][kept.length];
      for (int k = 0; k < kept.length; k++) {
        picked[0][k] = steps[kept[k]];
        picked[1][k] = counts[kept[k]];
      }
      return Optional.of(picked);
    }
  }

  private static int[] kept(long[] steps, StepRange range) {
    return java.util.stream.IntStream.range(0, steps.length)
        .filter(i -> range.contains(steps[i])).toArray();
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
