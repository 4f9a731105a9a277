package org.sorn.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sorn.api.NetworkSnapshot;

class StateFilesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  Path fixture(String name) throws IOException {
    return Files.write(dir.resolve(name), NpyReaderTest.resource(name));
  }

  /** The golden initial state with one change. */
  Path edited(Consumer<ObjectNode> change) throws IOException {
    ObjectNode state = (ObjectNode) JSON.readTree(NpyReaderTest.resource("state_ne20.json"));
    change.accept(state);
    Path file = dir.resolve("edited.json");
    JSON.writeValue(file.toFile(), state);
    return file;
  }

  String error(Path file, Integer ne) {
    return assertThrows(UsageError.class, () -> StateFiles.read(file, ne)).getMessage();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"state_ne20.npz", "state_ne20_compressed.npz", "state_ne20_flat_thresholds.npz"})
  void numpyArchivesGiveTheGoldenState(String name) throws IOException {
    NetworkSnapshot json = StateFiles.read(fixture("state_ne20.json"), null);
    NetworkSnapshot npz = StateFiles.read(fixture(name), 20);
    assertArrayEquals(json.wee, npz.wee);
    assertArrayEquals(json.wei, npz.wei);
    assertArrayEquals(json.wie, npz.wie);
    assertArrayEquals(json.te, npz.te);
    assertArrayEquals(json.ti, npz.ti);
    assertArrayEquals(json.x, npz.x);
    assertArrayEquals(json.y, npz.y);
  }

  @Test
  void theJsonStateHasThePackageLayout() throws IOException {
    Map<?, ?> golden = JSON.readValue(NpyReaderTest.resource("state_ne20.json"), Map.class);
    NetworkSnapshot s = StateFiles.read(fixture("state_ne20.json"), null);
    assertEquals(20, s.wee.length);
    assertEquals(20, s.wee[0].length);
    assertEquals(4, s.wei.length);
    assertEquals(20, s.wei[0].length);
    assertEquals(20, s.wie.length);
    assertEquals(4, s.wie[0].length);
    assertEquals(20, s.te.length);
    assertEquals(4, s.ti.length);
    assertEquals(20, s.x.length);
    assertEquals(2, s.x[0].length);
    assertEquals(((java.util.List<?>) golden.get("Te")).get(3), s.te[3]);
    assertEquals(
        ((java.util.List<?>) ((java.util.List<?>) golden.get("Wei")).get(1)).get(7), s.wei[1][7]);
  }

  @Test
  void columnThresholdsBooleansNanWeightsAndExtraKeysAreAccepted() throws IOException {
    // NaN as a bare token (Python's json) here, as a string (Jackson's default) below
    Path file =
        edited(
            s -> {
              ArrayNode te = JSON.createArrayNode();
              s.get("Te").forEach(v -> te.add(JSON.createArrayNode().add(v)));
              s.set("Te", te);
              ((ArrayNode) s.get("X").get(0)).set(1, JSON.getNodeFactory().booleanNode(true));
              s.put("step", 5);
              s.set("params", JSON.createObjectNode().put("ne", 20));
            });
    String text = Files.readString(file).replaceFirst("\"Wee\":\\[\\[[^,\\]]*", "\"Wee\":[[NaN");
    Files.writeString(file, text);
    NetworkSnapshot s = StateFiles.read(file, null);
    assertEquals(20, s.te.length);
    assertEquals(1.0, s.x[0][1]);
    assertEquals(Double.NaN, s.wee[0][0]);
    Path quoted = edited(state -> ((ArrayNode) state.get("Wei").get(2)).set(3, "NaN"));
    assertEquals(Double.NaN, StateFiles.read(quoted, 20).wei[2][3]);
  }

  @Test
  void shapesMustFitOneNetwork() throws IOException {
    Path square = edited(s -> ((ArrayNode) s.get("Wee")).remove(19));
    assertEquals(
        "--state " + square + ": Wee must be square (ne x ne), got shape (19, 20)",
        error(square, null));
    Path wei = edited(s -> ((ArrayNode) s.get("Wei")).remove(3));
    assertEquals(
        "--state " + wei + ": Wei must have shape (ni, ne) = (4, 20) for ne 20, got (3, 20)",
        error(wei, null));
    Path wie = edited(s -> s.get("Wie").forEach(row -> ((ArrayNode) row).remove(0)));
    assertEquals(
        "--state " + wie + ": Wie must have shape (ne, ni) = (20, 4) for ne 20, got (20, 3)",
        error(wie, null));
    Path te = edited(s -> ((ArrayNode) s.get("Te")).remove(0));
    assertEquals(
        "--state " + te + ": Te must have shape (ne,) or (ne, 1) = (20,) for ne 20, got (19,)",
        error(te, null));
    Path ti = edited(s -> ((ArrayNode) s.get("Ti")).add(0.1));
    assertEquals(
        "--state " + ti + ": Ti must have shape (ni,) or (ni, 1) = (4,) for ne 20, got (5,)",
        error(ti, null));
    Path x = edited(s -> s.get("X").forEach(row -> ((ArrayNode) row).add(0)));
    assertEquals(
        "--state " + x + ": X must have shape (ne, 2) = (20, 2) for ne 20, got (20, 3)",
        error(x, null));
    Path y = edited(s -> s.set("Y", JSON.createArrayNode().add(0).add(1)));
    assertEquals(
        "--state " + y + ": Y must have shape (ni, 2) = (4, 2) for ne 20, got (2,)",
        error(y, null));
  }

  @Test
  void theStateMustAgreeWithNe() throws IOException {
    Path file = fixture("state_ne20.json");
    assertEquals(
        "--state " + file + ": Wee has shape (20, 20) (ne 20), but --ne is 50", error(file, 50));
    Path tiny =
        edited(
            s -> {
              ArrayNode wee = JSON.createArrayNode();
              for (int i = 0; i < 3; i++) {
                wee.add(JSON.createArrayNode().add(0).add(0).add(0));
              }
              s.set("Wee", wee);
            });
    assertEquals(
        "--state " + tiny + ": Wee has shape (3, 3), but ne must be at least 5", error(tiny, null));
  }

  @Test
  void valuesMustBeOnesTheModelCanRunFrom() throws IOException {
    Path negative = edited(s -> ((ArrayNode) s.get("Wie").get(2)).set(1, -0.5));
    assertEquals(
        "--state " + negative + ": Wie[2][1] must be a finite weight >= 0 (or NaN), got -0.5",
        error(negative, null));
    Path activity = edited(s -> ((ArrayNode) s.get("Y").get(1)).set(1, 0.5));
    assertEquals(
        "--state " + activity + ": Y[1][1] must be 0 or 1, got 0.5", error(activity, null));
    Path threshold = edited(s -> ((ArrayNode) s.get("Te")).set(7, 12345.678));
    Files.writeString(threshold, Files.readString(threshold).replace("12345.678", "1e999"));
    assertEquals(
        "--state " + threshold + ": Te[7] must be a finite threshold, got Infinity",
        error(threshold, null));
  }

  @Test
  void missingKeysAndBadFilesAreNamed() throws IOException {
    Path noY = edited(s -> s.remove("Y"));
    assertEquals(
        "--state " + noY + ": missing key 'Y'; expected keys Wee, Wei, Wie, Te, Ti, X, Y",
        error(noY, null));
    Path list = Files.writeString(dir.resolve("l.json"), "[[1]]");
    assertEquals(
        "--state "
            + list
            + ": expected a JSON object with keys Wee, Wei, Wie, Te, Ti, X, Y, got a list",
        error(list, null));
    Path text = edited(s -> ((ArrayNode) s.get("Wee").get(0)).set(0, "w"));
    assertEquals(
        "--state " + text + ": Wee[0][0]: expected a number, got \"w\"", error(text, null));
    Path csv = Files.writeString(dir.resolve("s.csv"), "1,2");
    assertEquals(
        "--state " + csv + ": unknown file type; expected a .json or .npz file", error(csv, null));
    Path missing = dir.resolve("nope.npz");
    assertEquals("--state " + missing + ": no such file", error(missing, null));
    Path npz = dir.resolve("partial.npz");
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("Wee.npy", NpyBytes.f8(1, 1, 0));
    NpzReaderTest.zip(npz, true, entries);
    assertEquals("--state " + npz + ": missing array 'Wei' (the file has Wee)", error(npz, null));
    Path truncated = Files.writeString(dir.resolve("t.json"), "{\"Wee\": [[0.1, 0.2], [0.3");
    String m = error(truncated, null);
    assertEquals(
        "--state " + truncated + ": malformed JSON at line 1, column ",
        m.substring(0, m.indexOf("column ") + 7));
  }

  @Test
  void anUnclosedBracketIsNamedByWhereItOpened() throws IOException {
    // Jackson's own text ends "(start marker at [Source: REDACTED (`StreamReadFeature...` disabled);
    // line: 1, column: 16])"
    Path truncated = Files.writeString(dir.resolve("t.json"), "{\"Wee\": [[0.1],[0.3");
    assertEquals(
        "--state "
            + truncated
            + ": malformed JSON at line 1, column 20: Unexpected end-of-input: expected close"
            + " marker for Array opened at line 1, column 16",
        error(truncated, null));
    Path unclosed = Files.writeString(dir.resolve("u.json"), "{\n  \"Wee\": [[0.1]]");
    assertEquals(
        "--state "
            + unclosed
            + ": malformed JSON at line 2, column 17: Unexpected end-of-input: expected close"
            + " marker for Object opened at line 1, column 1",
        error(unclosed, null));
  }
}
