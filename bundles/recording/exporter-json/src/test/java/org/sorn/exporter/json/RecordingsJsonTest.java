package org.sorn.exporter.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.api.NetworkSnapshot;
import org.sorn.engine.SornState;
import org.sorn.recorders.ExcitatoryActivation;
import org.sorn.recorders.InhibitoryActivation;
import org.sorn.recorders.RecordedRun;
import org.sorn.recorders.RecurrentActivation;
import org.sorn.recorders.Te;
import org.sorn.recorders.Ti;
import org.sorn.recorders.Wee;

class RecordingsJsonTest {
  // the golden keys (Wee, Te, X, ...) are the snapshot's field names but for their case
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES).build();
  private static final boolean T = true;
  private static final boolean F = false;

  @TempDir Path dir;

  @Test
  void writesTheBytesThatTheJsonRecordersWrote() throws IOException {
    Random random = new Random(20_260_601);
    SornState state = RecordedRun.randomState(new SplittableRandom(7), 30);
    Path legacy = dir.resolve("legacy");
    RecordedRun run = new RecordedRun(dir, state, RecordedRun.all(), Map.of(), 40);
    List<String> callbacks = new ArrayList<>(LegacyJsonListener.AFTER_STEP.keySet());
    callbacks.addAll(LegacyJsonListener.BEFORE_PLASTICITY.keySet());
    for (String name : callbacks) {
      run.listen(new LegacyJsonListener(legacy, name));
    }
    for (int t = 0; t < 40; t++) {
      run.step(
          flags(random, state.ne()),
          flags(random, state.ni()),
          flags(random, state.ne()),
          s -> {
            // weights and thresholds with every digit, new synapses and pruned ones
            for (int k = 0; k < 5; k++) {
              s.wee().set(random.nextInt(s.ne()), random.nextInt(s.ne()), random.nextDouble());
            }
            s.wee().set(random.nextInt(s.ne()), random.nextInt(s.ne()), 0.0);
            s.wei().set(random.nextInt(s.ni()), random.nextInt(s.ne()), random.nextDouble() / 7);
            s.te()[random.nextInt(s.ne())] = random.nextGaussian() * 1e-9;
          });
    }
    run.close();

    List<Path> files = new JsonExporter().exportRecordings(dir);

    assertEquals(12, files.size());
    for (String name : callbacks) {
      assertEquals(
          Files.readString(legacy.resolve(name + ".json")),
          Files.readString(dir.resolve(name + ".json")),
          name);
    }
  }

  @Test
  void writesTheCallbacksOfTheGoldenRun() throws IOException {
    JsonNode golden;
    try (InputStream in = getClass().getResourceAsStream("/golden/ne20_T5_fresh.json")) {
      golden = MAPPER.readTree(in);
    }
    JsonNode callbacks = golden.get("callbacks");
    NetworkSnapshot initial = MAPPER.treeToValue(golden.get("initial"), NetworkSnapshot.class);
    SornState state = SornState.of(initial, golden.get("params").get("nu").asInt());
    int steps = golden.get("timesteps").asInt();
    RecordedRun run =
        new RecordedRun(
            dir,
            state,
            List.of(
                new ExcitatoryActivation(),
                new InhibitoryActivation(),
                new RecurrentActivation(),
                new Te(),
                new Ti()),
            Map.of(),
            steps);
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

    new JsonExporter().exportRecordings(dir);

    List<String> names =
        List.of("ExcitatoryActivation", "InhibitoryActivation", "RecurrentActivation", "TE", "TI");
    for (String name : names) {
      JsonNode written = MAPPER.readTree(dir.resolve(name + ".json").toFile());
      // tree equality tells 1.0 from 1 and compares doubles exactly
      assertEquals(callbacks.get(name), written, name);
    }
  }

  @Test
  void writesTheSeriesStudiesAddAsNumbersAndLists() throws IOException {
    RecordedRun run =
        new RecordedRun(dir, RecordedRun.smallState(), RecordedRun.all(), Map.of(), 3);
    run.step(new boolean[] {T, T, F, F, F}, new boolean[] {F}, new boolean[5], s -> {});
    run.step(new boolean[] {F, F, F, F, F}, new boolean[] {T}, new boolean[5], s -> {});
    run.step(new boolean[] {F, F, T, F, T}, new boolean[] {T}, new boolean[5], s -> {});
    run.close();

    new JsonExporter().exportRecordings(dir);

    assertEquals("[[2,0],[0,1],[2,1]]", Files.readString(dir.resolve("NetworkActivity.json")));
    assertEquals("[[0,1],[],[2,4]]", Files.readString(dir.resolve("SpikeEvents.json")));
    assertEquals("[8,8,8]", Files.readString(dir.resolve("EEConnectionCounts.json")));
    assertEquals("[[0.375],[0.375],[0.375]]", Files.readString(dir.resolve("TI.json")));
    assertEquals(
        "[[1.0,1.0,0.0,0.0,0.0],[0.0,0.0,0.0,0.0,0.0],[0.0,0.0,1.0,0.0,1.0]]",
        Files.readString(dir.resolve("ExcitatoryActivation.json")));
  }

  @Test
  void writesAnEmptyArrayForARecorderThatRecordedNothing() throws IOException {
    new RecordedRun(dir, RecordedRun.smallState(), RecordedRun.all(), Map.of(), 0).close();
    List<Path> files = new JsonExporter().exportRecordings(dir);
    assertEquals(12, files.size());
    for (Path f : files) {
      assertEquals("[]", Files.readString(f), f.toString());
    }
  }

  @Test
  void writesOnlyTheStepsOfTheWindowAndTheCompleteEntriesOfACutFile() throws IOException {
    RecordedRun run =
        new RecordedRun(
            dir,
            RecordedRun.smallState(),
            List.of(new Wee(), new Te()),
            Map.of("record.WEE.every", 2.0),
            5);
    for (int t = 0; t < 5; t++) {
      double w = t;
      run.step(new boolean[5], new boolean[1], new boolean[5], s -> s.wee().set(0, 0, w));
    }
    run.close();
    // a kill in the middle of a TE entry
    try (FileChannel c =
        FileChannel.open(dir.resolve("data/TE.f64"), StandardOpenOption.APPEND)) {
      c.write(ByteBuffer.wrap(new byte[12]));
    }

    new JsonExporter().exportRecordings(dir);

    JsonNode wee = MAPPER.readTree(dir.resolve("WEE.json").toFile());
    assertEquals(3, wee.size());
    assertArrayEquals(
        new double[] {0, 2, 4},
        new double[] {
          wee.get(0).get(0).get(0).doubleValue(),
          wee.get(1).get(0).get(0).doubleValue(),
          wee.get(2).get(0).get(0).doubleValue()
        });
    assertEquals(5, MAPPER.readTree(dir.resolve("TE.json").toFile()).size());
  }

  @Test
  void exportsNothingFromARunThatRecordedNothing() throws IOException {
    assertEquals(List.of(), new JsonExporter().exportRecordings(dir));
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count());
    }
  }

  private static boolean[] flags(Random random, int n) {
    boolean[] f = new boolean[n];
    for (int i = 0; i < n; i++) {
      f[i] = random.nextInt(4) == 0;
    }
    return f;
  }

  private static boolean[] flags(JsonNode values) {
    boolean[] f = new boolean[values.size()];
    for (int i = 0; i < f.length; i++) {
      f[i] = values.get(i).doubleValue() > 0;
    }
    return f;
  }
}
