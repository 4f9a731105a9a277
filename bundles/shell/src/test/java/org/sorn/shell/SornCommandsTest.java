package org.sorn.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.felix.gogo.runtime.CommandProcessorImpl;
import org.apache.felix.gogo.runtime.threadio.ThreadIOImpl;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.api.MechanismRecord;
import org.sorn.shell.Fakes.FakeExporter;
import org.sorn.shell.Fakes.FakeWorkbench;

/** The commands as a Gogo shell calls them, through a real Gogo command processor. */
class SornCommandsTest {
  @TempDir Path dir;
  final FakeWorkbench workbench = new FakeWorkbench();
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  ThreadIOImpl threadIo;
  CommandSession session;

  @BeforeEach
  void shell() {
    RunTimes times = new RunTimes();
    SornCli cli = new SornCli();
    cli.workbench = workbench;
    cli.times = times;
    cli.recorders = List.of();
    cli.exporters = List.of(new FakeExporter());
    SornCommands commands = new SornCommands();
    commands.workbench = workbench;
    commands.times = times;
    commands.cli = cli;
    threadIo = new ThreadIOImpl();
    threadIo.start();
    CommandProcessorImpl processor = new CommandProcessorImpl(threadIo);
    for (String function : List.of("run", "status", "mechanisms")) {
      processor.addCommand("sorn", commands, function);
    }
    session = processor.createSession(new ByteArrayInputStream(new byte[0]), out, err);
  }

  @AfterEach
  void stop() {
    session.close();
    threadIo.stop();
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void runTakesTheOptionsOfTheCommandLine() throws Exception {
    Path results = dir.resolve("g");
    session.execute("sorn:run --ne 50 --steps=4 --seed -3 --freeze stdp,ip --out " + results);
    assertEquals("", err());
    assertTrue(out().startsWith("run run-1: 4 steps in "), out());
    assertEquals(-3L, workbench.request.description().seed());
    assertTrue(Files.exists(results.resolve("run.json")));
  }

  @Test
  void errorsPrintOneLineAndNeverEscape() throws Exception {
    session.execute("sorn:run --ne 3 --steps 4");
    assertEquals("sorn run: --ne must be an integer >= 5, got 3\n", err());
    session.execute("sorn:run");
    assertTrue(
        err()
            .endsWith(
                "sorn run: --steps is required (a positive integer) unless --input gives the number"
                    + " of steps\n"),
        err());
  }

  @Test
  void statusListsEveryRun() throws Exception {
    session.execute("sorn:status");
    assertEquals("no runs yet\n", out());
    workbench.failAfter = 2;
    workbench.failure = "boom";
    session.execute("sorn:run --steps 9 --out " + dir.resolve("s"));
    out.reset();
    session.execute("sorn:status");
    List<String> lines = out().lines().toList();
    assertEquals(2, lines.size(), out());
    assertTrue(lines.get(0).matches("run +status +steps +seconds +failure"), lines.get(0));
    assertTrue(lines.get(1).matches("run-1 +failed +2/9 +\\d+\\.\\d\\d +boom"), lines.get(1));
  }

  @Test
  void mechanismsAreATable() throws Exception {
    workbench.installed =
        List.of(
            new MechanismRecord(
                "stdp", "stdp", 100, "org.sorn.stdp", "0.1.0.SNAPSHOT", Map.of(), 0),
            new MechanismRecord("ip", "ip-lab", 200, "org.example.ip", "2.0.0", Map.of(), 0));
    session.execute("sorn:mechanisms");
    assertEquals(
        "slot  variant  order  bundle          version\n"
            + "stdp  stdp     100    org.sorn.stdp   0.1.0.SNAPSHOT\n"
            + "ip    ip-lab   200    org.example.ip  2.0.0\n",
        out());
    workbench.installed = List.of();
    out.reset();
    session.execute("sorn:mechanisms");
    assertEquals("no mechanisms installed\n", out());
  }
}
