package org.sorn.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.shell.front.RunEvents;

/** Steering a run started with sorn:start: the commands as the console runs them. */
class RunControlTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  final TestConsole console = new TestConsole();
  Path results;

  @BeforeEach
  void startARunThatGoesOnAfterThreeSteps() throws Exception {
    console.workbench.hold = 3;
    results = dir.resolve("bg");
    console.execute("sorn:start --ne 20 --steps 100 --seed 5 --out " + results);
    assertEquals("run-1\n", console.out(), console.err());
  }

  @AfterEach
  void close() {
    console.close();
  }

  /** Runs {@code line}, expecting no error, and returns what it printed. */
  String ok(String line) throws Exception {
    console.execute(line);
    assertEquals("", console.err(), line);
    return console.out();
  }

  /** Runs {@code line}, expecting one error line and nothing else. */
  String error(String line) throws Exception {
    console.execute(line);
    assertEquals("", console.out(), line);
    assertEquals(1, console.err().lines().count(), console.err());
    return console.err();
  }

  @Test
  void pauseChangeResumeAndStop() throws Exception {
    assertEquals("run-1 paused before step 3\n", ok("sorn:pause run-1"));
    assertEquals(
        "run-1:  step 3  variant  stdp: weight-dependent-stdp (org.example.weight-dependent-stdp"
            + " 1.0.0), chosen by command\n",
        ok("sorn:use run-1 stdp weight-dependent-stdp"));
    assertEquals(
        "run-1:  step 3  parameters  eta_stdp = 0.005 (no rule in force uses it)\n",
        ok("sorn:set run-1 eta_stdp 0.005"));
    assertEquals("run-1:  step 3  freeze  sp frozen\n", ok("sorn:freeze run-1 sp"));
    assertEquals("run-1: sp is already frozen\n", ok("sorn:freeze run-1 sp"));
    assertEquals("run-1:  step 3  unfreeze  sp runs again\n", ok("sorn:unfreeze run-1 sp"));
    assertEquals("run-1: sp is not frozen\n", ok("sorn:unfreeze run-1 sp"));
    assertEquals("run-1 resumed before step 3\n", ok("sorn:resume run-1"));
    assertEquals(
        "run run-1 stopped after 3 of 100 steps; results so far are in " + results + "\n",
        ok("sorn:stop run-1"));

    JsonNode record = JSON.readTree(results.resolve("run.json").toFile());
    assertEquals("stopped", record.get("status").asText());
    List<String> kinds = List.of(
        "start", "pause", "variant", "parameters", "freeze", "unfreeze", "resume", "stop");
    assertEquals(kinds, record.get("events").findValuesAsText("kind"));
    assertEquals(3, record.get("events").get(2).get("step").asLong());
    assertEquals("weight-dependent-stdp", record.get("events").get(2).get("variant").asText());
    List<String> log = Files.readAllLines(results.resolve(EventLog.FILE));
    assertEquals(kinds.size(), log.size());
    assertEquals(record.get("events").get(2), JSON.readTree(log.get(2)));
    assertTrue(
        record.get("mechanisms").findValuesAsText("variant").contains("weight-dependent-stdp"),
        "the mechanisms in force at the end");
  }

  @Test
  void statusInDetailShowsTheMechanismsInForce() throws Exception {
    ok("sorn:pause run-1");
    ok("sorn:freeze run-1 sp");
    List<String> lines = ok("sorn:status run-1").lines().toList();
    assertEquals("run run-1: paused (paused by command)", lines.get(0));
    assertEquals("steps: 3 of 100", lines.get(1));
    assertTrue(lines.get(2).matches("speed: \\d+ steps/s over \\d+\\.\\d\\d s"), lines.get(2));
    assertEquals("results: " + results, lines.get(3));
    assertEquals("frozen: sp", lines.get(4));
    assertEquals("slot  variant  from step  bundle       version  parameters", lines.get(5));
    assertEquals("ip    ip       0          org.sorn.ip  0.1.0    eta_ip=0.02, h_ip=0.5", lines.get(6));
    assertEquals(7, lines.size());
  }

  @Test
  void eventsAreOneLineEach() throws Exception {
    ok("sorn:pause run-1");
    ok("sorn:use run-1 stdp wd");
    assertEquals(
        "step 0  start    ip: in force from the start\n"
            + "step 3  pause    paused by command\n"
            + "step 3  variant  stdp: wd (org.example.wd 1.0.0), chosen by command\n",
        ok("sorn:events run-1"));
  }

  @Test
  void mistakesAreOneLine() throws Exception {
    assertEquals("sorn: no run 'run-9'; runs: run-1\n", error("sorn:pause run-9"));
    assertEquals("sorn: no run 'x'; runs: run-1\n", error("sorn:events x"));
    assertEquals("sorn: no run 'x'; runs: run-1\n", error("sorn:status x"));
    assertEquals("sorn: no run 'x'; runs: run-1\n", error("sorn:wait x"));
    assertEquals("sorn: run-1 is not paused (running)\n", error("sorn:resume run-1"));
    assertEquals(
        "sorn: no variant 'missing' installed for slot stdp; installed: stdp\n",
        error("sorn:use run-1 stdp missing"));
    assertEquals(
        "sorn: eta_stdp must be a finite number >= 0, got fast\n",
        error("sorn:set run-1 eta_stdp fast"));
    assertEquals(
        "sorn: slot to freeze must name mechanisms among stdp, ip, sp, istdp, ss, got 'update'\n",
        error("sorn:freeze run-1 update"));
    assertEquals("sorn: sorn:wait takes one run id, got 0 arguments\n", error("sorn:wait"));
    ok("sorn:stop run-1");
    assertEquals("sorn: run-1 has ended (stopped) after 3 steps\n", error("sorn:pause run-1"));
    assertEquals("sorn: run-1 has ended (stopped) after 3 steps\n", error("sorn:stop run-1"));
  }

  @Test
  void waitBlocksUntilTheRunEnds() throws Exception {
    Thread stopper =
        new Thread(
            () -> {
              RunEvents.settle(() -> false, java.time.Duration.ofMillis(200));
              console.workbench.simulation("run-1").stop();
            });
    stopper.start();
    assertEquals(
        "run run-1 stopped after 3 of 100 steps; results so far are in " + results + "\n",
        ok("sorn:wait run-1"));
    stopper.join();
  }

  @Test
  void aRunStartedElsewhereIsWaitedForWithoutItsFiles() throws Exception {
    console.workbench.hold = -1;
    console.workbench.start(
        new org.sorn.api.run.RunRequest(
            org.sorn.api.run.RunDescription.defaults(1, 7), null, null, List.of()));
    assertEquals("run run-2 completed after 7 of 7 steps\n", ok("sorn:wait run-2"));
  }
}
