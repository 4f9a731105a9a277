package org.sorn.recorders;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sorn.api.Recorder;
import org.sorn.api.RunContext;
import org.sorn.api.StepListener;
import org.sorn.api.StepView;
import org.sorn.api.SynapticWeights;

/**
 * A recorder whose file {@code <name>.json} is a JSON array with one element per step, streamed
 * as the run goes: {@code [} when opened, one element per step, {@code ]} when closed.
 */
abstract class StepSeriesRecorder implements Recorder {

  /** When in the step the element is taken. */
  enum Moment {
    /** Weights as at the start of the step (the package's connection counts). */
    BEFORE_PLASTICITY,
    /** After the step's plasticity (every other callback). */
    AFTER_STEP
  }

  /** Writes the element of one step. */
  @FunctionalInterface
  interface Element {
    void write(JsonGenerator json, StepView step) throws IOException;
  }

  // the fast writer prints the shortest decimal that reads back as the same double
  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

  private final String name;
  private final Moment moment;
  private final Element element;

  StepSeriesRecorder(String name, Moment moment, Element element) {
    this.name = name;
    this.moment = moment;
    this.element = element;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final StepListener open(RunContext run, Path directory) throws IOException {
    Files.createDirectories(directory);
    Path file = directory.resolve(name + ".json");
    JsonGenerator json = JSON.createGenerator(Files.newOutputStream(file), JsonEncoding.UTF8);
    json.writeStartArray();
    return new Series(json, moment, element);
  }

  /** Activity flags as the package's 0.0 / 1.0 numbers. */
  static void writeActivity(JsonGenerator json, boolean[] active) throws IOException {
    json.writeStartArray();
    for (boolean a : active) {
      json.writeNumber(a ? 1.0 : 0.0);
    }
    json.writeEndArray();
  }

  /** A flat list of values. */
  static void writeValues(JsonGenerator json, double[] values) throws IOException {
    json.writeArray(values, 0, values.length);
  }

  /** The dense matrix [pre][post], row by row from the stored entries, without a dense copy. */
  static void writeMatrix(JsonGenerator json, SynapticWeights w) throws IOException {
    int[] rowStart = w.rowStart();
    int[] post = w.postsynaptic();
    double[] weights = w.weights();
    json.writeStartArray();
    for (int j = 0; j < w.rows(); j++) {
      json.writeStartArray();
      int column = 0;
      for (int k = rowStart[j]; k < rowStart[j + 1]; k++) {
        for (; column < post[k]; column++) {
          json.writeNumber(0.0);
        }
        json.writeNumber(weights[k]);
        column++;
      }
      for (; column < w.columns(); column++) {
        json.writeNumber(0.0);
      }
      json.writeEndArray();
    }
    json.writeEndArray();
  }

  /** The package's connection count {@code #(W > 0)}; entries not stored are 0. */
  static void writeConnectionCount(JsonGenerator json, SynapticWeights w) throws IOException {
    double[] weights = w.weights();
    int count = 0;
    for (int k = 0; k < w.stored(); k++) {
      if (weights[k] > 0.0) {
        count++;
      }
    }
    json.writeNumber(count);
  }

  /** The listener of one run: owns the open file. */
  private static final class Series implements StepListener {
    private final JsonGenerator json;
    private final Moment moment;
    private final Element element;

    Series(JsonGenerator json, Moment moment, Element element) {
      this.json = json;
      this.moment = moment;
      this.element = element;
    }

    @Override
    public void beforePlasticity(StepView step) throws IOException {
      if (moment == Moment.BEFORE_PLASTICITY) {
        element.write(json, step);
      }
    }

    @Override
    public void afterStep(StepView step) throws IOException {
      if (moment == Moment.AFTER_STEP) {
        element.write(json, step);
      }
    }

    @Override
    public void close() throws IOException {
      if (json.isClosed()) {
        return;
      }
      // closing also ends any element a failed step left open, so the file stays valid JSON
      try {
        json.writeEndArray();
        json.flush();
      } finally {
        json.close();
      }
    }
  }
}
