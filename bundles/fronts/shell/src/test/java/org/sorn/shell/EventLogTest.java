package org.sorn.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.api.run.MechanismRecord;
import org.sorn.api.run.RunEvent;

class EventLogTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  List<String> lines() throws IOException {
    return Files.readAllLines(dir.resolve(EventLog.FILE));
  }

  @Test
  void eachEventIsOneLineOnDiskAsSoonAsItHappens() throws IOException {
    MechanismRecord wd =
        new MechanismRecord(
            "stdp", "weight-dependent-stdp", 100, "org.sorn.example.wdstdp", "0.1.0",
            Map.of("eta_stdp", 0.004), 500);
    EventLog log = EventLog.open(dir);
    log.onEvent(new RunEvent(500, "variant", "stdp", wd, "stdp: weight-dependent-stdp, chosen"));
    // not closed: a process that dies now leaves this line behind
    assertEquals(
        List.of(
            "{\"step\":500,\"kind\":\"variant\",\"slot\":\"stdp\","
                + "\"variant\":\"weight-dependent-stdp\",\"bundle\":\"org.sorn.example.wdstdp\","
                + "\"bundle_version\":\"0.1.0\",\"parameters\":{\"eta_stdp\":0.004},"
                + "\"message\":\"stdp: weight-dependent-stdp, chosen\"}"),
        lines());
    log.onEvent(new RunEvent(700, "pause", null, null, "paused by\ncommand"));
    log.close();
    List<String> lines = lines();
    assertEquals(2, lines.size(), "a line break in a message stays inside its JSON string");
    JsonNode pause = JSON.readTree(lines.get(1));
    assertEquals(700, pause.get("step").asLong());
    assertEquals("pause", pause.get("kind").asText());
    assertTrue(pause.get("slot").isNull());
    assertTrue(pause.get("variant").isNull());
    assertTrue(pause.get("parameters").isNull());
    assertEquals("paused by\ncommand", pause.get("message").asText());
  }

  @Test
  void openingEmptiesALogLeftByAnEarlierRun() throws IOException {
    Files.writeString(dir.resolve(EventLog.FILE), "{\"step\":1}\n");
    EventLog.open(dir).close();
    assertEquals(List.of(), lines());
  }

  @Test
  void theRunListenersOpenTheLogFirst() throws IOException {
    var listeners = new RunListeners(List.of(new Fakes.FakeRecorder("TE")), dir).apply(null);
    assertEquals(2, listeners.size());
    assertTrue(listeners.get(0) instanceof EventLog);
    for (var l : listeners) {
      l.close();
    }
    Path notADirectory = Files.writeString(dir.resolve("file"), "x");
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            java.io.UncheckedIOException.class,
            () -> new RunListeners(List.of(), notADirectory).apply(null));
    assertTrue(
        e.getMessage().startsWith("cannot write events.jsonl in " + notADirectory + ": "),
        e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void aResumedLogIsCutBackToTheCheckpoint() throws IOException {
    EventLog log = EventLog.open(dir);
    log.onEvent(new RunEvent(0, "start", "ip", null, "ip: in force from the start"));
    Map<String, Object> at = log.checkpoint();
    assertEquals(Map.of("bytes", Files.size(dir.resolve(EventLog.FILE))), at);
    log.onEvent(new RunEvent(700, "pause", null, null, "after the checkpoint"));
    // the process dies here; a new one reopens the log and restores the checkpoint's position
    EventLog resumed = EventLog.reopen(dir);
    resumed.restore(at);
    resumed.onEvent(new RunEvent(900, "stop", null, null, "stopped"));
    resumed.close();
    List<String> lines = lines();
    assertEquals(2, lines.size(), String.join("\n", lines));
    assertEquals("start", JSON.readTree(lines.get(0)).get("kind").asText());
    assertEquals(900, JSON.readTree(lines.get(1)).get("step").asLong());
  }

  @Test
  void reopeningWithoutARestoreAppends() throws IOException {
    Files.writeString(dir.resolve(EventLog.FILE), "{\"step\":1}\n");
    EventLog log = EventLog.reopen(dir);
    assertEquals(Map.of("bytes", 11L), log.checkpoint());
    log.onEvent(new RunEvent(2, "stop", null, null, "stopped"));
    log.close();
    assertEquals(2, lines().size());
  }

  @Test
  void aLogShorterThanTheCheckpointIsNotThisRunsLog() throws IOException {
    Files.writeString(dir.resolve(EventLog.FILE), "{}\n");
    EventLog log = EventLog.reopen(dir);
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IOException.class, () -> log.restore(Map.of("bytes", 100L)));
    assertEquals(
        "events.jsonl has 3 bytes, the checkpoint needs 100: it was cut or replaced after the"
            + " checkpoint",
        e.getMessage());
    var none =
        org.junit.jupiter.api.Assertions.assertThrows(
            IOException.class, () -> log.restore(Map.of("steps", 1L)));
    assertEquals(
        "events.jsonl: the checkpoint position {steps=1} has no byte count", none.getMessage());
    log.close();
  }

  @Test
  void resumedRunListenersKeepTheLogForTheRestore() throws IOException {
    Files.writeString(dir.resolve(EventLog.FILE), "{\"step\":0}\n");
    var listeners = new RunListeners(List.of(), dir, true).apply(null);
    listeners.get(0).restore(Map.of("bytes", 11L));
    listeners.get(0).close();
    assertEquals(List.of("{\"step\":0}"), lines());
  }
}
