package org.sorn.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.shell.Fakes.FakeExporter;
import org.sorn.shell.Fakes.FakeRecorder;
import org.sorn.shell.Fakes.FakeWorkbench;

class CommandLineTest {
  @TempDir Path dir;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int execute(String... args) {
    ShellServices services =
        new ShellServices(
            new FakeWorkbench(), List.of(), List.of(new FakeExporter()), new RunTimes(), "x");
    RunCommand run = RunCommand.of(services, false);
    return new CommandLine(run, new ResumeCommand(run), null, List.of(new Echo()))
        .execute(args, new PrintStream(out, true), new PrintStream(err, true));
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void anUnknownCommandIsNamedWithTheKnownOnes() {
    assertEquals(2, execute("bogus", "--ne", "20"));
    assertEquals(
        "sorn: unknown command 'bogus'; expected one of: run, resume, export, server, attach, ctl, help, echo\n", err());
    assertEquals(0, out.size());
  }

  @Test
  void aCommandOfAnAbsentFeatureNamesTheFeature() {
    assertEquals(2, execute("analyze", "/data/r1"));
    assertEquals(
        "sorn: analyze is not installed; the analysis feature provides it (bundle"
            + " org.sorn.analysis)\n",
        err());
    assertEquals(0, out.size());
  }

  @Test
  void noCommandIsAnError() {
    assertEquals(2, execute());
    assertEquals(
        "sorn: no command given; expected one of: run, resume, export, server, attach, ctl, help, echo\n", err());
    assertEquals(
        2, new CommandLine(null, null, null, null).execute(null, System.out, new PrintStream(err, true)));
  }

  /** A command another bundle adds: it prints its arguments, and fails on "fail". */
  static final class Echo implements org.sorn.api.command.Command {
    @Override
    public String name() {
      return "echo";
    }

    @Override
    public String summary() {
      return "print the arguments";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
      if (arguments.contains("fail")) {
        err.println("sorn echo: failed as asked");
        return 1;
      }
      out.println(String.join(" ", arguments));
      return 0;
    }
  }

  @Test
  void commandServicesAreDispatchedByName() {
    assertEquals(0, execute("echo", "a", "b"));
    assertEquals("a b\n", out.toString(StandardCharsets.UTF_8));
    assertEquals(1, execute("echo", "fail"));
    assertEquals("sorn echo: failed as asked\n", err());
    execute("help");
    assertTrue(
        out.toString(StandardCharsets.UTF_8)
            .contains(
                "  (none)  the interactive Gogo console\n"
                    + "commands of the installed bundles:\n"
                    + "  echo       print the arguments\n"));
  }

  @Test
  void helpPrintsUsage() {
    assertEquals(0, execute("help"));
    assertTrue(
        out.toString(StandardCharsets.UTF_8)
            .startsWith("usage: sorn [--features a,b] [--debug] <command> [options]\n"));
    assertEquals("", err());
  }

  @Test
  void serverNeedsASocketAndClientsBelongToTheLauncher() {
    assertEquals(2, execute("server"));
    assertEquals(2, execute("attach"));
    assertEquals(
        "sorn server: --socket PATH is required\n"
            + "sorn: attach is run by the launcher: ./sorn attach\n",
        err());
  }

  @Test
  void resumeGetsTheRestOfTheLineAndIsInTheHelp() {
    assertEquals(2, execute("resume"));
    assertEquals("sorn resume: no run folder given; usage: sorn resume DIR [--checkpoint FILE] [--quiet]\n", err());
    execute("help");
    assertTrue(
        out.toString(StandardCharsets.UTF_8)
            .contains("  resume  continue a run that was killed or stopped from its last checkpoint"));
  }

  @Test
  void runGetsTheRestOfTheLine() {
    assertEquals(2, execute("run", "--ne", "3", "--steps", "5"));
    assertEquals("sorn run: --ne must be an integer >= 5, got 3\n", err());
  }

  /** The DS component, as the launcher calls it: output on System.out and System.err. */
  @Test
  void theCliServiceRunsWithTheBoundServices() throws Exception {
    SornCli cli = new SornCli();
    cli.workbench = new FakeWorkbench();
    cli.times = new RunTimes();
    cli.recorders = List.of(new FakeRecorder("TE"));
    cli.exporters = List.of(new FakeExporter());
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    try {
      System.setOut(new PrintStream(out, true));
      System.setErr(new PrintStream(err, true));
      Path results = dir.resolve("r");
      int code =
          cli.applyAsInt(
              new String[] {"run", "--steps=3", "--record", "TE", "--out", results.toString()});
      assertEquals(0, code, err());
      assertTrue(Files.exists(results.resolve("TE.json")));
      assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("run run-1: 3 steps in "));
      assertEquals(2, cli.applyAsInt(new String[] {"run", "--record", "TI", "--steps", "1"}));
      assertEquals("sorn run: --record: unknown recorder 'TI'; expected names among TE\n", err());
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
    }
  }
}
