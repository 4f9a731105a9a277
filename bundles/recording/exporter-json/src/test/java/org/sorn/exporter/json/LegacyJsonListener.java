package org.sorn.exporter.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.sorn.api.StepListener;
import org.sorn.api.StepView;
import org.sorn.api.SynapticWeights;

/**
 * The JSON recorders as they were before the recording store (workbench 0.1, org.sorn.recorders
 * StepSeriesRecorder), kept as the reference of the bytes the JSON export must still write: the
 * end-to-end tests and users' scripts read those files.
 */
final class LegacyJsonListener implements StepListener {
  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

  @FunctionalInterface
  interface Element {
    void write(JsonGenerator json, StepView step) throws IOException;
  }

  /** The package's callbacks, by name, with the moment each is taken (true: before plasticity). */
  static final Map<String, Element> AFTER_STEP =
      Map.of(
          "ExcitatoryActivation", (j, s) -> activity(j, s.state().x().after()),
          "InhibitoryActivation", (j, s) -> activity(j, s.state().y().after()),
          "RecurrentActivation", (j, s) -> activity(j, s.recurrentActivation()),
          "WEE", (j, s) -> matrix(j, s.state().wee()),
          "WEI", (j, s) -> matrix(j, s.state().wei()),
          "TE", (j, s) -> j.writeArray(s.state().te(), 0, s.state().te().length),
          "TI", (j, s) -> j.writeArray(s.state().ti(), 0, s.state().ti().length));

  static final Map<String, Element> BEFORE_PLASTICITY =
      Map.of(
          "EEConnectionCounts", (j, s) -> count(j, s.state().wee()),
          "EIConnectionCounts", (j, s) -> count(j, s.state().wei()),
          "IEConnectionCounts", (j, s) -> count(j, s.state().wie()));

  private final JsonGenerator json;
  private final Element element;
  private final boolean beforePlasticity;

  LegacyJsonListener(Path directory, String name) throws IOException {
    Files.createDirectories(directory);
    json =
        JSON.createGenerator(
            Files.newOutputStream(directory.resolve(name + ".json")), JsonEncoding.UTF8);
    json.writeStartArray();
    beforePlasticity = BEFORE_PLASTICITY.containsKey(name);
    element = beforePlasticity ? BEFORE_PLASTICITY.get(name) : AFTER_STEP.get(name);
  }

  @Override
  public void beforePlasticity(StepView step) throws IOException {
    if (beforePlasticity) {
      element.write(json, step);
    }
  }

  @Override
  public void afterStep(StepView step) throws IOException {
    if (!beforePlasticity) {
      element.write(json, step);
    }
  }

  @Override
  public void close() throws IOException {
    json.writeEndArray();
    json.close();
  }

  private static void activity(JsonGenerator json, boolean[] active) throws IOException {
    json.writeStartArray();
    for (boolean a : active) {
      json.writeNumber(a ? 1.0 : 0.0);
    }
    json.writeEndArray();
  }

  private static void matrix(JsonGenerator json, SynapticWeights w) throws IOException {
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

  private static void count(JsonGenerator json, SynapticWeights w) throws IOException {
    double[] weights = w.weights();
    int count = 0;
    for (int k = 0; k < w.stored(); k++) {
      if (weights[k] > 0.0) {
        count++;
      }
    }
    json.writeNumber(count);
  }
}
