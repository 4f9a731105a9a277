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

  /** The excitatory activity, T x ne, time first. */
  boolean[][] activation() throws IOException, MissingRecording {
    try (SeriesReader reader = SeriesReader.open(run, required(ACTIVATION, Encoding.BITS))) {
      return reader.readAllBits();
    }
  }

  /** The EE connection counts, one per recorded step. */
  long[] eeConnectionCounts() throws IOException, MissingRecording {
    try (SeriesReader reader = SeriesReader.open(run, required(EE_COUNTS, Encoding.INT64))) {
      return reader.readAllLongs();
    }
  }

  /** The last recorded W^EE [pre][post], or null when no complete entry was recorded. */
  double[][] lastWee() throws IOException, MissingRecording {
    try (SeriesReader reader = SeriesReader.open(run, required(WEE, Encoding.FLOAT64))) {
      return reader.readLastMatrix();
    }
  }
}
