package org.sorn.analysis.api;

import java.io.IOException;
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
    Optional<String> problem = Recording.notARunDirectory(run);
    if (problem.isPresent()) {
      throw new MissingRecording(problem.get());
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

  /** The excitatory activity of the steps in the window of {@code settings}. */
  Activity activation(AnalysisSettings settings) throws IOException, MissingRecording {
    try (SeriesReader reader = SeriesReader.open(run, required(ACTIVATION, Encoding.BITS))) {
      long[] steps = reader.steps();
      int[] kept = kept(steps, settings);
      boolean[][] train = new boolean[kept.length][];
      boolean[][] all = reader.readAllBits();
      for (int k = 0; k < kept.length; k++) {
        train[k] = all[kept[k]];
      }
      return new Activity(train, pick(steps, kept));
    }
  }

  /** The EE connection counts of the recorded steps in the window of {@code settings}. */
  Counts eeConnectionCounts(AnalysisSettings settings) throws IOException, MissingRecording {
    try (SeriesReader reader = SeriesReader.open(run, required(EE_COUNTS, Encoding.INT64))) {
      long[] steps = reader.steps();
      int[] kept = kept(steps, settings);
      return new Counts(pick(reader.readAllLongs(), kept), pick(steps, kept));
    }
  }

  /** The entries whose step lies in the window. */
  private static int[] kept(long[] steps, AnalysisSettings settings) {
    return java.util.stream.IntStream.range(0, steps.length)
        .filter(i -> settings.analyses(steps[i])).toArray();
  }

  private static long[] pick(long[] values, int[] kept) {
    long[] picked = new long[kept.length];
    for (int k = 0; k < kept.length; k++) {
      picked[k] = values[kept[k]];
    }
    return picked;
  }

  /**
   * Recorded activity.
   *
   * @param train T x ne, time first
   * @param steps the simulation step of each row
   */
  record Activity(boolean[][] train, long[] steps) {}

  /** Recorded EE connection counts and the steps they were taken at. */
  record Counts(long[] counts, long[] steps) {}

  /** The last recorded W^EE [pre][post], or null when no complete entry was recorded. */
  double[][] lastWee() throws IOException, MissingRecording {
    try (SeriesReader reader = SeriesReader.open(run, required(WEE, Encoding.FLOAT64))) {
      return reader.readLastMatrix();
    }
  }
}
