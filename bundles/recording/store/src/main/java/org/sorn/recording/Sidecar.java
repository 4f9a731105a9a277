package org.sorn.recording;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sorn.api.command.KeptFile;

/** Writes and reads {@code data/<Name>.meta.json}, the description of one series. */
final class Sidecar {
  static final String FORMAT = "sorn-recording/1";
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  /** Writes the sidecar of {@code layout} into {@code dataDirectory}, replacing it whole. */
  static void write(Path dataDirectory, SeriesLayout layout) throws IOException {
    ObjectNode node = JSON.createObjectNode();
    node.put("format", FORMAT);
    node.put("name", layout.name());
    node.put("description", layout.description());
    node.put("file", layout.dataFile());
    node.put("encoding", layout.encoding().label());
    node.set("entry_shape", JSON.valueToTree(layout.entryShape()));
    long bytes = layout.entryBytes();
    if (bytes >= 0) {
      node.put("entry_bytes", bytes);
    } else {
      node.putNull("entry_bytes");
    }
    ObjectNode steps = node.putObject("steps");
    steps.put("from", layout.window().from());
    steps.put("to", layout.window().to());
    steps.put("every", layout.window().every());
    node.set("run", JSON.valueToTree(layout.run()));
    // written whole then moved, so that a reader never sees half a sidecar
    KeptFile.write(dataDirectory.resolve(layout.sidecarFile()), out -> JSON.writeValue(out, node));
  }

  /**
   * The layout that {@code file} describes.
   *
   * @throws IOException naming the file and what is wrong with it
   */
  static SeriesLayout read(Path file) throws IOException {
    JsonNode node = JSON.readTree(file.toFile());
    try {
      if (node == null || !FORMAT.equals(node.path("format").asText())) {
        throw new IllegalArgumentException("its format is not " + FORMAT);
      }
      List<Integer> shape = new ArrayList<>();
      node.path("entry_shape").forEach(d -> shape.add(d.intValue()));
      JsonNode steps = node.path("steps");
      StepWindow window =
          new StepWindow(
              steps.path("from").asLong(-1),
              steps.path("to").asLong(-1),
              steps.path("every").asLong(-1));
      Map<String, Object> run = new LinkedHashMap<>();
      node.path("run").properties().forEach(f -> run.put(f.getKey(), scalar(f.getValue())));
      return new SeriesLayout(
          node.path("name").asText(),
          node.path("description").asText(),
          Encoding.of(node.path("encoding").asText()),
          shape,
          window,
          run);
    } catch (IllegalArgumentException e) {
      throw new IOException("not a readable series sidecar: " + file + ": " + e.getMessage(), e);
    }
  }

  private static Object scalar(JsonNode v) {
    if (v.isIntegralNumber()) {
      return v.longValue();
    }
    if (v.isNumber()) {
      return v.doubleValue();
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    return v.isNull() ? null : v.asText();
  }

  private Sidecar() {}
}
