package org.sorn.exporter.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.sorn.api.Activity;
import org.sorn.api.Exporter;
import org.sorn.api.NetworkState;
import org.sorn.api.SynapticWeights;
import org.sorn.api.command.KeptFile;
import org.sorn.recording.DenseWeights;

/**
 * Writes a network state as {@code <baseName>.json}, laid out as the Python package returns a
 * state: an object with Wee, Wei, Wie ([pre][post] nested lists), Te, Ti (flat lists), X and Y
 * (one {@code [previous, current]} pair per unit); and each recorded series as {@code
 * <Name>.json}, laid out as the package's callbacks.
 */
@Component(property = "sorn.exporter=" + JsonExporter.FORMAT)
public final class JsonExporter implements Exporter {
  static final String FORMAT = "json";

  // the fast writer prints the shortest decimal that reads back as the same double
  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public List<Path> exportRecordings(Path runDirectory) throws IOException {
    return new RecordingsJson(JSON).export(runDirectory);
  }

  @Override
  public Path writeState(NetworkState state, Path directory, String baseName) throws IOException {
    if (baseName == null || baseName.isBlank()) {
      throw new IllegalArgumentException(
          "the exported state's base name must be a non-empty file name, got '" + baseName + "'");
    }
    Files.createDirectories(directory);
    Path file = directory.resolve(baseName + ".json");
    // written aside and moved into place: a stop or a full disk never leaves half a state
    return KeptFile.write(file, out -> writeState(state, out));
  }

  private static void writeState(NetworkState state, OutputStream out) throws IOException {
    try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      json.writeStartObject();
      json.writeFieldName("Wee");
      writeMatrix(json, state.wee());
      json.writeFieldName("Wei");
      writeMatrix(json, state.wei());
      json.writeFieldName("Wie");
      writeMatrix(json, state.wie());
      json.writeFieldName("Te");
      json.writeArray(state.te(), 0, state.ne());
      json.writeFieldName("Ti");
      json.writeArray(state.ti(), 0, state.ni());
      json.writeFieldName("X");
      writeColumns(json, state.x());
      json.writeFieldName("Y");
      writeColumns(json, state.y());
      json.writeEndObject();
    }
  }

  /** The dense matrix [pre][post], row by row from the stored entries, without a dense copy. */
  private static void writeMatrix(JsonGenerator json, SynapticWeights w) throws IOException {
    json.writeStartArray();
    DenseWeights.forEach(
        w,
        new DenseWeights.Element() {
          @Override
          public void startRow(int pre) throws IOException {
            json.writeStartArray();
          }

          @Override
          public void accept(int pre, int post, double weight) throws IOException {
            json.writeNumber(weight);
          }

          @Override
          public void endRow(int pre) throws IOException {
            json.writeEndArray();
          }
        });
    json.writeEndArray();
  }

  /** The package's two activity columns: {@code [previous, current]} per unit, as 0.0 / 1.0. */
  private static void writeColumns(JsonGenerator json, Activity a) throws IOException {
    boolean[] previous = a.before();
    boolean[] current = a.after();
    json.writeStartArray();
    for (int i = 0; i < a.size(); i++) {
      json.writeStartArray();
      json.writeNumber(previous[i] ? 1.0 : 0.0);
      json.writeNumber(current[i] ? 1.0 : 0.0);
      json.writeEndArray();
    }
    json.writeEndArray();
  }
}
