package org.sorn.recorders;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sorn.api.Recorder;
import org.sorn.api.RunContext;
import org.sorn.api.StepListener;
import org.sorn.api.StepView;
import org.sorn.api.SynapticWeights;
import org.sorn.api.run.RunDescription;
import org.sorn.recording.DenseWeights;
import org.sorn.recording.DoubleSeriesWriter;
import org.sorn.recording.RecordOptions;
import org.sorn.recording.SeriesLayout;
import org.sorn.recording.SeriesWriter;
import org.sorn.recording.StepWindow;

/**
 * A recorder that streams one entry per recorded step into the recording store ({@code
 * data/<name>.<ext>}, see docs/recording.md), within the steps its options choose ({@link
 * RecordOptions}).
 */
abstract class SeriesRecorder<W extends SeriesWriter> implements Recorder {

  /** When in the step the entry is taken. */
  enum Moment {
    /** Weights as at the start of the step (the package's connection counts). */
    BEFORE_PLASTICITY,
    /** After the step's plasticity (every other callback). */
    AFTER_STEP
  }

  /** Writes the entry of one step. */
  @FunctionalInterface
  interface Entry<W> {
    void write(W writer, StepView step) throws IOException;
  }

  private final String name;
  private final String description;
  private final Moment moment;
  private final SeriesKind<W> kind;
  private final Function<RunDescription, List<Integer>> shape;
  private final Entry<W> entry;

  SeriesRecorder(
      String name,
      String description,
      Moment moment,
      SeriesKind<W> kind,
      Function<RunDescription, List<Integer>> shape,
      Entry<W> entry) {
    this.name = name;
    this.description = description;
    this.moment = moment;
    this.kind = kind;
    this.shape = shape;
    this.entry = entry;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final StepListener open(RunContext run, Path directory) throws IOException {
    SeriesLayout layout =
        new SeriesLayout(
            name,
            description,
            kind.encoding(),
            shape.apply(run.description()),
            RecordOptions.window(run, name),
            RecordOptions.runFacts(run));
    return new Series<>(kind.opener().open(directory, layout), moment, entry);
  }

  /** The dense matrix [pre][post], row by row from the stored entries, without a dense copy. */
  static void writeMatrix(DoubleSeriesWriter out, long step, SynapticWeights w)
      throws IOException {
    out.begin(step);
    DenseWeights.forEach(w, (pre, post, weight) -> out.put(weight));
    out.end();
  }

  /** The listener of one run: owns the open series. */
  private static final class Series<W extends SeriesWriter> implements StepListener {
    private final W writer;
    private final Moment moment;
    private final StepWindow window;
    private final Entry<W> entry;

    Series(W writer, Moment moment, Entry<W> entry) {
      this.writer = writer;
      this.moment = moment;
      this.window = writer.layout().window();
      this.entry = entry;
    }

    @Override
    public void beforePlasticity(StepView step) throws IOException {
      if (moment == Moment.BEFORE_PLASTICITY && window.covers(step.step())) {
        entry.write(writer, step);
      }
    }

    @Override
    public void afterStep(StepView step) throws IOException {
      if (moment == Moment.AFTER_STEP && window.covers(step.step())) {
        entry.write(writer, step);
      }
    }

    @Override
    public Map<String, Object> checkpoint() throws IOException {
      return writer.checkpoint();
    }

    @Override
    public void restore(Map<String, Object> position) throws IOException {
      writer.restore(position);
    }

    @Override
    public void close() throws IOException {
      writer.close();
    }
  }
}
