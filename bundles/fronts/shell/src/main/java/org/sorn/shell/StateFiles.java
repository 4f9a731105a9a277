package org.sorn.shell;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sorn.api.NetworkSnapshot;

/**
 * Reads the {@code --state} file: the arrays Wee, Wei, Wie, Te, Ti, X, Y in the package's layout,
 * as a JSON object or a NumPy .npz.
 */
final class StateFiles {
  static final List<String> KEYS = List.of("Wee", "Wei", "Wie", "Te", "Ti", "X", "Y");

  /**
   * The state in {@code file}, its shapes checked against each other and against {@code ne} (the
   * {@code --ne} option, or null when ne comes from the state).
   *
   * @throws UsageError naming the file and what is wrong
   */
  static NetworkSnapshot read(Path file, Integer ne) {
    RunOption option = RunOption.STATE;
    DataFiles.requireReadable(option, file);
    Map<String, NumericArray> arrays;
    try {
      arrays =
          switch (DataFiles.extension(file)) {
            case "json" -> json(file);
            case "npz" -> NpzReader.read(file, KEYS);
            default ->
                throw DataFiles.error(
                    option, file, "unknown file type; expected a .json or .npz file");
          };
      return new StateShapes(arrays, ne).snapshot();
    } catch (IllegalArgumentException e) {
      throw DataFiles.error(option, file, e.getMessage());
    } catch (IOException e) {
      throw DataFiles.error(option, file, e);
    }
  }

  private static Map<String, NumericArray> json(Path file) throws IOException {
    Map<String, NumericArray> arrays = new HashMap<>();
    try (JsonParser p = JsonArrays.FACTORY.createParser(file.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException(
            "expected a JSON object with keys "
                + String.join(", ", KEYS)
                + ", got "
                + JsonArrays.describe(p));
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        p.nextToken();
        if (KEYS.contains(key)) {
          arrays.put(key, JsonArrays.read(p, key, true));
        } else {
          p.skipChildren();
        }
      }
    }
    for (String key : KEYS) {
      if (!arrays.containsKey(key)) {
        throw new IllegalArgumentException(
            "missing key '" + key + "'; expected keys " + String.join(", ", KEYS));
      }
    }
    return arrays;
  }

  private StateFiles() {}
}
