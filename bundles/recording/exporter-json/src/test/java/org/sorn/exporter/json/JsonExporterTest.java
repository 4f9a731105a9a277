package org.sorn.exporter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.api.NetworkSnapshot;
import org.sorn.engine.SornState;

class JsonExporterTest {
  // the golden keys (Wee, Te, X, ...) are the snapshot's field names but for their case
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES).build();

  @TempDir Path dir;

  private ObjectNode golden;
  private SornState state;

  @BeforeEach
  void readGoldenFinalState() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/golden/ne20_T5_fresh.json")) {
      JsonNode run = MAPPER.readTree(in);
      golden = (ObjectNode) run.get("final");
      NetworkSnapshot s = MAPPER.treeToValue(golden, NetworkSnapshot.class);
      state = SornState.of(s, run.get("params").get("nu").asInt());
    }
  }

  @Test
  void writesTheGoldenFinalStateExactlyAsThePackageLaysItOut() throws IOException {
    Path file = new JsonExporter().writeState(state, dir, "final");

    assertEquals(dir.resolve("final.json"), file);
    JsonNode written = MAPPER.readTree(file.toFile());
    // tree equality tells 1.0 from 1 and compares doubles exactly
    assertEquals(golden, written);
    List<String> keys = new ArrayList<>();
    written.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("Wee", "Wei", "Wie", "Te", "Ti", "X", "Y"), keys);
  }

  @Test
  void writesPrunedAndNewSynapsesAndThresholdsBitForBit() throws IOException {
    int[] rowStart = state.wee().rowStart();
    int pre = 0;
    while (rowStart[pre] == rowStart[pre + 1]) {
      pre++;
    }
    int stored = state.wee().postsynaptic()[rowStart[pre]];
    int absent = firstAbsent(rowStart, state.wee().postsynaptic(), pre);
    state.wee().set(pre, stored, 0.0);
    state.wee().set(pre, absent, 0.001);
    state.te()[3] = 0.1 + 0.2;
    ((ArrayNode) golden.get("Wee").get(pre)).set(stored, 0.0);
    ((ArrayNode) golden.get("Wee").get(pre)).set(absent, 0.001);
    ((ArrayNode) golden.get("Te")).set(3, 0.1 + 0.2);

    Path file = new JsonExporter().writeState(state, dir, "changed");

    assertEquals(golden, MAPPER.readTree(file.toFile()));
    double te3 = MAPPER.readTree(file.toFile()).get("Te").get(3).doubleValue();
    assertEquals(Double.doubleToRawLongBits(0.1 + 0.2), Double.doubleToRawLongBits(te3));
    assertTrue(Files.readString(file).contains("0.30000000000000004"));
  }

  @Test
  void isTheJsonFormat() {
    assertEquals("json", new JsonExporter().format());
  }

  @Test
  void refusesAnEmptyBaseName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new JsonExporter().writeState(state, dir, " "));
    assertEquals(
        "the exported state's base name must be a non-empty file name, got ' '", e.getMessage());
  }

  /** The first postsynaptic unit with no stored entry in row {@code pre}. */
  private static int firstAbsent(int[] rowStart, int[] post, int pre) {
    int column = 0;
    for (int k = rowStart[pre]; k < rowStart[pre + 1] && post[k] == column; k++) {
      column++;
    }
    return column;
  }
}
