package org.sorn.exporter.hdf5;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sorn.recording.SeriesLayout;

/**
 * The description of a run as HDF5 attributes: the top-level scalar fields of {@code run.json}
 * (or, without one, the run facts the recorders kept). Strings stay strings, integers become
 * int64, other numbers float64, booleans int8 0/1; nulls, lists and objects are left out, and so
 * are the fields of the outcome that the exports themselves decide ({@code status}, {@code
 * failure}, {@code error_log}: run.json says them once every format is written).
 */
final class RunAttributes {
  static final String RUN_RECORD = "run.json";
  private static final List<String> OUTCOME = List.of("status", "failure", "error_log");
  private static final ObjectMapper JSON = new ObjectMapper();

  static Map<String, Object> of(Path runDirectory, List<SeriesLayout> layouts) throws IOException {
    Map<String, Object> attributes = new LinkedHashMap<>();
    Path record = runDirectory.resolve(RUN_RECORD);
    if (Files.isRegularFile(record)) {
      JsonNode run = JSON.readTree(record.toFile());
      run.properties().stream()
          .filter(f -> !OUTCOME.contains(f.getKey()))
          .forEach(f -> put(attributes, f.getKey(), scalar(f.getValue())));
    } else if (!layouts.isEmpty()) {
      layouts.get(0).run().forEach((k, v) -> put(attributes, k, v));
    }
    return attributes;
  }

  private static Object scalar(JsonNode v) {
    if (v.isIntegralNumber() && v.canConvertToLong()) {
      return v.longValue();
    }
    if (v.isNumber()) {
      return v.doubleValue();
    }
    if (v.isBoolean() || v.isTextual()) {
      return v.isBoolean() ? v.booleanValue() : v.textValue();
    }
    return null;
  }

  private static void put(Map<String, Object> attributes, String name, Object value) {
    if (value instanceof String || value instanceof Double) {
      attributes.put(name, value);
    } else if (value instanceof Boolean b) {
      attributes.put(name, (byte) (b ? 1 : 0));
    } else if (value instanceof Float f) {
      attributes.put(name, f.doubleValue());
    } else if (value instanceof Number n) {
      attributes.put(name, n.longValue());
    }
  }

  private RunAttributes() {}
}
