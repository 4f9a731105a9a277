package org.sorn.recorders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.api.NetworkSnapshot;
import org.sorn.engine.SornState;

/**
 * Replays the activities and thresholds of a golden run through the recorders: the files must be
 * the package's callbacks, value for value and in the same JSON layout.
 */
class GoldenCallbacksTest {
  @TempDir Path dir;

  @Test
  void activitiesAndThresholdsAreLaidOutAsThePackageReturnsThem() throws IOException {
    JsonNode golden = golden("ne20_T5_fresh.json");
    JsonNode callbacks = golden.get("callbacks");
    SornState state = initialState(golden);
    RecordedRun run =
        new RecordedRun(
            dir,
            state,
            List.of(
                new ExcitatoryActivation(),
                new InhibitoryActivation(),
                new RecurrentActivation(),
                new Te(),
                new Ti()));
    for (int t = 0; t < golden.get("timesteps").asInt(); t++) {
      JsonNode te = callbacks.get("TE").get(t);
      run.step(
          flags(callbacks.get("ExcitatoryActivation").get(t)),
          flags(callbacks.get("InhibitoryActivation").get(t)),
          flags(callbacks.get("RecurrentActivation").get(t)),
          s -> {
            for (int i = 0; i < te.size(); i++) {
              s.te()[i] = te.get(i).doubleValue();
            }
          });
    }
    run.close();

    List<String> names =
        List.of("ExcitatoryActivation", "InhibitoryActivation", "RecurrentActivation", "TE", "TI");
    for (String name : names) {
      // tree equality tells 1.0 from 1 and compares doubles exactly
      assertEquals(callbacks.get(name), run.read(name), name);
    }
  }

  @Test
  void theFirstStepCountsTheInitialSynapses() throws IOException {
    JsonNode golden = golden("ne20_T5_fresh.json");
    JsonNode callbacks = golden.get("callbacks");
    SornState state = initialState(golden);
    RecordedRun run =
        new RecordedRun(dir, state, List.of(new EEConnectionCounts(), new EIConnectionCounts()));
    run.step(new boolean[state.ne()], new boolean[state.ni()], new boolean[state.ne()], s -> {});
    run.close();

    for (String name : List.of("EEConnectionCounts", "EIConnectionCounts")) {
      assertEquals(callbacks.get(name).get(0), run.read(name).get(0), name);
    }
  }

  private static JsonNode golden(String file) throws IOException {
    try (InputStream in = GoldenCallbacksTest.class.getResourceAsStream("/golden/" + file)) {
      return RecordedRun.MAPPER.readTree(in);
    }
  }

  private static SornState initialState(JsonNode golden) throws IOException {
    // the golden keys (Wee, Te, X, ...) are the snapshot's field names but for their case
    JsonNode initial = golden.get("initial");
    NetworkSnapshot s = RecordedRun.MAPPER.treeToValue(initial, NetworkSnapshot.class);
    return SornState.of(s, golden.get("params").get("nu").asInt());
  }

  private static boolean[] flags(JsonNode values) {
    boolean[] f = new boolean[values.size()];
    for (int i = 0; i < f.length; i++) {
      f[i] = values.get(i).doubleValue() > 0;
    }
    return f;
  }
}
