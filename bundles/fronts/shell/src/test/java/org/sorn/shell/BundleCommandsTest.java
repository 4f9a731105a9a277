package org.sorn.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** sorn:analyze, sorn:plot, sorn:report, ... as a Gogo console calls them, with fake services. */
class BundleCommandsTest {
  final TestConsole console = new TestConsole();
  final FakeCommand analyze = new FakeCommand("analyze");
  final FakeCommand plot = new FakeCommand("plot");
  final FakeCommand report = new FakeCommand("report");

  @AfterEach
  void close() {
    console.close();
  }

  Object exitCode() {
    return console.session.get(ConsoleProtocol.EXIT_CODE);
  }

  @Test
  void eachCommandGetsItsArgumentsAndPrintsInTheSession() throws Exception {
    console.bundleCommands.commands = List.of(analyze, plot, report);
    console.execute("sorn:plot /data/r1 --what raster,rates");
    assertEquals(List.of(List.of("/data/r1", "--what", "raster,rates")), plot.calls);
    assertEquals("plot /data/r1 --what raster,rates\n", console.out());
    assertEquals("", console.err());
    assertEquals(0, exitCode());
    console.execute("sorn:report /data/r1");
    assertEquals(List.of(List.of("/data/r1")), report.calls);
    assertEquals("report /data/r1\n", console.out());
    console.execute("sorn:analyze");
    assertEquals(List.of(List.of()), analyze.calls, "no arguments: the command says what it needs");
  }

  @Test
  void everyCommandOfTheDistributionIsDispatched() throws Exception {
    List<FakeCommand> all =
        List.of("analyze", "plot", "report", "sweep", "experiment", "bench").stream()
            .map(FakeCommand::new)
            .toList();
    console.bundleCommands.commands = List.copyOf(all);
    for (FakeCommand c : all) {
      console.execute("sorn:" + c.name() + " x");
      assertEquals(c.name() + " x\n", console.out());
      assertEquals(List.of(List.of("x")), c.calls);
    }
  }

  @Test
  void aLabsCommandIsReachedByName() throws Exception {
    FakeCommand lab = new FakeCommand("mylab");
    console.bundleCommands.commands = List.of(analyze, lab);
    console.execute("sorn:command mylab --level 3");
    assertEquals(List.of(List.of("--level", "3")), lab.calls);
    assertEquals("mylab --level 3\n", console.out());
    assertEquals(0, exitCode());
    console.execute("sorn:command nosuch");
    assertTrue(console.err().startsWith("sorn: "), console.err());
    assertEquals(2, exitCode());
  }

  @Test
  void aFailureIsTheCommandsOneLineAndItsExitCode() throws Exception {
    console.bundleCommands.commands = List.of(report);
    console.execute("sorn:report fail");
    assertEquals("report: failed as asked\n", console.err());
    assertEquals("", console.out());
    assertEquals(1, exitCode());
  }

  @Test
  void progressOnTheErrorOutputIsNoFailure() throws Exception {
    console.bundleCommands.commands = List.of(analyze);
    console.execute("sorn:analyze progress");
    assertEquals("analyze: 1 of 2 done\n", console.err());
    assertEquals(0, exitCode());
  }

  @Test
  void aCommandThatThrowsIsOneLine() throws Exception {
    console.bundleCommands.commands = List.of(plot);
    console.execute("sorn:plot throw");
    assertEquals("sorn: internal error: broken across lines\n", console.err());
    assertEquals(1, exitCode());
  }

  @Test
  void aMissingBundleIsNamedWithItsFeature() throws Exception {
    console.bundleCommands.commands = List.of(analyze);
    console.execute("sorn:report /data/r1");
    assertEquals(
        "sorn: report is not installed; the analysis feature provides it (bundle org.sorn.plots)\n",
        console.err());
    assertEquals(2, exitCode());
    console.bundleCommands.commands = null;
    console.execute("sorn:bench");
    assertEquals(
        "sorn: bench is not installed; the tools feature provides it (bundle org.sorn.bench)\n",
        console.err());
    console.execute("sorn:sweep s.json");
    assertEquals(
        "sorn: sweep is not installed; the sweeps feature provides it (bundle org.sorn.sweeps)\n",
        console.err());
    console.execute("sorn:experiment counting");
    assertEquals(
        "sorn: experiment is not installed; the tasks feature provides it (bundle"
            + " org.sorn.experiments)\n",
        console.err());
  }

  @Test
  void theFirstServiceOfANameWins() throws Exception {
    FakeCommand other = new FakeCommand("report");
    console.bundleCommands.commands = List.of(report, other);
    console.execute("sorn:report d");
    assertEquals(1, report.calls.size());
    assertEquals(List.of(), other.calls);
  }

  @Test
  void otherCommandsLeaveNoExitCode() throws Exception {
    console.execute("sorn:status");
    assertNull(exitCode());
  }
}
