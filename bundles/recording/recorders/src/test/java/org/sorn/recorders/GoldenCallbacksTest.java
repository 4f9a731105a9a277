package org.sorn.recorders;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
 * Replays the activities and thresholds of a golden run through the recorders: the store must
 * hold the package's callbacks, value for value.
 */
class GoldenCallbacksTest {
  @TempDir Path dir;

  @Test
  void storesTheActivitiesAndThresholdsOfTheGoldenRun() throws IOException {
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
    int steps = golden.get("timesteps").asInt();
    for (int t = 0; t < steps; t++) {
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

    for (String name :
        List.of("ExcitatoryActivation", "InhibitoryActivation", "RecurrentActivation")) {
      boolean[][] expected = new boolean[steps][];
      for (int t = 0; t < steps; t++) {
        expected[t] = flags(callbacks.get(name).get(t));
      }
      assertArrayEquals(expected, Series.flags(run.read(name)), name);
    }
    for (String name : List.of("TE", "TI")) {
      double[][] expected = RecordedRun.MAPPER.treeToValue(callbacks.get(name), double[][].class);
      assertArrayEquals(expected, Series.reals(run.read(name)), name);
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
      assertEquals(callbacks.get(name).get(0).longValue(), run.read(name).readLong(), name);
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
