package org.sorn.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.api.run.MechanismRecord;

/** The commands as a Gogo shell calls them, through a real Gogo command processor. */
class SornCommandsTest {
  @TempDir Path dir;
  final TestConsole console = new TestConsole();

  @AfterEach
  void close() {
    console.close();
  }

  String out() {
    return console.out();
  }

  String err() {
    return console.err();
  }

  @Test
  void runTakesTheOptionsOfTheCommandLine() throws Exception {
    Path results = dir.resolve("g");
    console.execute("sorn:run --ne 50 --steps=4 --seed -3 --freeze stdp,ip --out " + results);
    assertEquals("", err());
    assertTrue(out().startsWith("run run-1: 4 steps in "), out());
    assertEquals(-3L, console.workbench.request.description().seed());
    assertTrue(Files.exists(results.resolve("run.json")));
  }

  @Test
  void errorsPrintOneLineAndNeverEscape() throws Exception {
    console.execute("sorn:run --ne 3 --steps 4");
    assertEquals("sorn run: --ne must be an integer >= 5, got 3\n", err());
    console.execute("sorn:run");
    assertEquals(
        "sorn run: --steps is required (a positive integer) unless --input gives the number"
            + " of steps\n",
        err());
    console.execute("sorn:start --ne 3 --steps 4");
    assertEquals("sorn start: --ne must be an integer >= 5, got 3\n", err());
    assertEquals("", out());
    assertEquals(List.of(), console.workbench.simulations());
  }

  @Test
  void statusListsEveryRun() throws Exception {
    console.execute("sorn:status");
    assertEquals("no runs yet\n", out());
    console.workbench.failAfter = 2;
    console.workbench.failure = "boom";
    console.execute("sorn:run --steps 9 --out " + dir.resolve("s"));
    console.execute("sorn:status");
    List<String> lines = out().lines().toList();
    assertEquals(2, lines.size(), out());
    assertTrue(lines.get(0).matches("run +status +steps +seconds +failure"), lines.get(0));
    assertTrue(lines.get(1).matches("run-1 +failed +2/9 +\\d+\\.\\d\\d +boom"), lines.get(1));
  }

  @Test
  void mechanismsAreATable() throws Exception {
    console.workbench.installed =
        List.of(
            new MechanismRecord("noise", "gaussian", 10, "org.sorn.engine", "0.1.0", Map.of(), 0),
            new MechanismRecord(
                "update", "slow-inhibition", 20, "org.sorn.engine", "0.1.0", Map.of(), 0),
            new MechanismRecord(
                "stdp", "stdp", 100, "org.sorn.stdp", "0.1.0.SNAPSHOT", Map.of(), 0),
            new MechanismRecord("ip", "ip-lab", 200, "org.example.ip", "2.0.0", Map.of(), 0));
    console.execute("sorn:mechanisms");
    assertEquals(
        "slot    variant          order  bundle           version\n"
            + "noise   gaussian         10     org.sorn.engine  0.1.0\n"
            + "update  slow-inhibition  20     org.sorn.engine  0.1.0\n"
            + "stdp    stdp             100    org.sorn.stdp    0.1.0.SNAPSHOT\n"
            + "ip      ip-lab           200    org.example.ip   2.0.0\n",
        out());
    console.workbench.installed = List.of();
    console.execute("sorn:mechanisms");
    assertEquals("no mechanisms installed\n", out());
  }

  @Test
  void startReturnsTheIdAndWaitGivesTheSummaryOnceTheResultsAreWritten() throws Exception {
    Path results = dir.resolve("bg");
    console.execute("sorn:start --ne 20 --steps 4 --seed 1 --record TE --out " + results);
    assertEquals("run-1\n", out());
    assertEquals("", err());
    console.execute("sorn:wait run-1");
    assertEquals("", err());
    assertTrue(out().startsWith("run run-1: 4 steps in "), out());
    assertTrue(out().endsWith("results in " + results + "\n"), out());
    for (String file : List.of("run.json", "final-state.json", "events.jsonl", "TE.json")) {
      assertTrue(Files.exists(results.resolve(file)), file);
    }
  }

  @Test
  void shutdownStopsTheWorkbench() throws Exception {
    console.execute("sorn:shutdown");
    assertEquals("sorn: stopping the workbench\n", out());
    assertTrue(console.workbenchStopped);
  }

  @Test
  void generatorsListsEveryInputGeneratorWithItsParametersAndDefaults() throws Exception {
    console.cli.inputs = List.of(
        Map.entry(Map.of("sorn.input.parameters", new String[] {"n=counting_n"}),
            new RunCommandTest.Pools()),
        Map.entry(Map.<String, Object>of(), new GeneratedInputTest.Stateful()));
    console.execute("sorn:generators");
    assertEquals("", err());
    assertTrue(out().contains("pools      n (counting_n) = 4"), out());
    assertTrue(out().contains("stateful   none"), out());
    assertTrue(out().contains("use: ./sorn run --input NAME[:KEY=VALUE,...] --steps N"), out());
  }
}
