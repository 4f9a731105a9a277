package org.sorn.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.shell.Fakes.FakeExporter;
import org.sorn.shell.Fakes.FakeRecorder;
import org.sorn.shell.Fakes.FakeSimulation;
import org.sorn.shell.Fakes.FakeWorkbench;

/**
 * {@code sorn resume DIR} against the fake workbench: a run "killed" while it goes on (started,
 * never finished) is continued by a new workbench, as by a new process after kill -9.
 */
class ResumeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> RUN =
      List.of(
          "--steps", "10", "--seed", "5", "--record", "TE,ExcitatoryActivation",
          "--checkpoint-every", "3");

  @TempDir Path dir;
  Clock clock = Clock.fixed(Instant.parse("2026-11-28T10:15:30Z"), ZoneOffset.UTC);

  RunCommand command(FakeWorkbench workbench) {
    ShellServices services =
        new ShellServices(
            workbench,
            List.of(new FakeRecorder("TE"), new FakeRecorder("ExcitatoryActivation")),
            List.of(new FakeExporter()),
            new RunTimes(),
            "0.1.0.TEST");
    return new RunCommand(services, clock, dir, () -> 777L);
  }

  static List<String> with(List<String> args, String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of(more));
    return all;
  }

  /** The run, held after {@code steps} steps and never finished: the process dies there. */
  void killedAfter(long steps, List<String> args) {
    FakeWorkbench workbench = new FakeWorkbench();
    workbench.hold = steps;
    CommandOutput started =
        CommandOutput.of((out, err) -> command(workbench).start(args, out, err, l -> {}));
    assertEquals(0, started.code(), started.err());
  }

  CommandOutput uninterrupted(FakeWorkbench workbench, List<String> args) {
    return CommandOutput.of(
        (out, err) -> command(workbench).execute(args, out, err));
  }

  CommandOutput resume(FakeWorkbench workbench, String... args) {
    return CommandOutput.of(
        (out, err) -> new ResumeCommand(command(workbench)).execute(List.of(args), out, err));
  }

  JsonNode record(Path out) throws IOException {
    return JSON.readTree(out.resolve("run.json").toFile());
  }

  @Test
  void aKilledRunGoesOnFromItsLastCheckpointAsIfUninterrupted() throws IOException {
    FakeWorkbench whole = new FakeWorkbench();
    assertEquals(0, uninterrupted(whole, with(RUN, "--out", "b")).code());

    killedAfter(7, with(RUN, "--out", "a"));
    Path a = dir.resolve("a");
    assertEquals("running", record(a).get("status").asText());
    // an event after the checkpoint (at step 6), which the resumed run must drop
    Files.writeString(
        a.resolve(EventLog.FILE), "{\"step\":7,\"kind\":\"pause\"}\n", StandardOpenOption.APPEND);

    FakeWorkbench again = new FakeWorkbench();
    CommandOutput r = resume(again, "a");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    assertTrue(
        r.out().matches("run run-1: resumed at step 6, 10 steps in .* results in " + a + "\n"),
        r.out());
    assertEquals(dir.resolve("a").resolve("checkpoint"), again.resumedFrom);
    assertEquals(whole.request.description(), again.request.description());
    Path b = dir.resolve("b");
    for (String file : List.of("TE.json", "ExcitatoryActivation.json", "final-state.json")) {
      assertEquals(Files.readString(b.resolve(file)), Files.readString(a.resolve(file)), file);
    }
    assertEquals(
        Files.readString(b.resolve(EventLog.FILE)), Files.readString(a.resolve(EventLog.FILE)));

    JsonNode rec = record(a);
    assertEquals("completed", rec.get("status").asText());
    assertEquals(6, rec.get("resumed_from_step").asLong());
    assertEquals("2026-11-28T10:15:30Z", rec.get("resumed_at").asText());
    assertEquals(10, rec.get("steps_done").asLong());
    assertEquals(
        "sorn run --steps 10 --seed 5 --record TE,ExcitatoryActivation --checkpoint-every 3"
            + " --out a",
        rec.get("command_line").asText(),
        "the command line of the run, not of resume");
    assertEquals(record(b).get("resume_arguments"), rec.get("resume_arguments"));
    assertEquals(3, ((FakeSimulation) again.runs.get(0)).checkpointEvery, "checkpoints go on");

    assertEquals(
        "sorn resume: run in " + a + " completed already; nothing to resume\n",
        resume(new FakeWorkbench(), "a").err());
  }

  @Test
  void quietResumesSilently() {
    killedAfter(4, with(RUN, "--out", "q"));
    CommandOutput r = resume(new FakeWorkbench(), "q", "--quiet");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out() + r.err());
  }

  void refused(String message, String... args) {
    CommandOutput r = resume(new FakeWorkbench(), args);
    assertEquals(2, r.code(), r.err());
    assertEquals("", r.out());
    assertEquals("sorn resume: " + message + "\n", r.err());
  }

  @Test
  void argumentsAndFoldersThatCannotBeResumed() throws IOException {
    refused("no run folder given; usage: sorn resume DIR [--checkpoint FILE] [--quiet]");
    refused("unexpected argument '--seed'; usage: sorn resume DIR [--checkpoint FILE] [--quiet]", "a", "--seed");
    refused("unexpected argument 'b'; usage: sorn resume DIR [--checkpoint FILE] [--quiet]", "a", "b");
    refused(
        "no run folder " + dir.resolve("nope") + "; expected the --out folder of a run", "nope");
    Files.createDirectories(dir.resolve("empty"));
    refused(
        "no run.json in "
            + dir.resolve("empty")
            + "; expected the --out folder of a run started with sorn run",
        "empty");
    Path bad = Files.createDirectories(dir.resolve("bad"));
    Files.writeString(bad.resolve("run.json"), "{\"status\": ");
    CommandOutput r = resume(new FakeWorkbench(), "bad");
    assertEquals(2, r.code());
    assertTrue(
        r.err().startsWith("sorn resume: " + bad.resolve("run.json") + ": cannot read: "),
        r.err());
    assertEquals(1, r.err().lines().count());
    CommandOutput help = resume(new FakeWorkbench(), "--help");
    assertEquals(0, help.code());
    assertTrue(help.out().startsWith("usage: sorn resume DIR [--checkpoint FILE] [--quiet]\n"), help.out());
  }

  @Test
  void aRunKilledBeforeItsFirstCheckpointMustStartAgain() {
    killedAfter(2, with(RUN, "--out", "early"));
    refused(
        "no checkpoint in "
            + dir.resolve("early").resolve("checkpoint")
            + ": the run ended before its first checkpoint (every 3 steps); start it again: sorn"
            + " run --steps 10 --seed 5 --record TE,ExcitatoryActivation --checkpoint-every 3"
            + " --out early",
        "early");
    killedAfter(5, List.of("--steps", "10", "--checkpoint-every", "0", "--out", "none"));
    refused(
        "run in "
            + dir.resolve("none")
            + " was started with --checkpoint-every 0; it has no checkpoint to resume from",
        "none");
  }

  /** Edits run.json in {@code run} as if the run had been given {@code to} instead of {@code from}. */
  ObjectNode replaceResumeArgument(Path run, String from, String to) throws IOException {
    ObjectNode rec = (ObjectNode) record(run);
    var args = rec.withArray("resume_arguments");
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).asText().equals(from)) {
        args.set(i, JSON.getNodeFactory().textNode(to));
      }
    }
    JSON.writeValue(run.resolve("run.json").toFile(), rec);
    return rec;
  }

  @Test
  void theCheckpointOfAnotherRunIsRefused() throws IOException {
    killedAfter(7, with(RUN, "--out", "a"));
    Path a = dir.resolve("a");
    // the record now describes seed 6: the checkpoint (seed 5) belongs to another run
    ObjectNode rec = replaceResumeArgument(a, "--seed=5", "--seed=6");
    CommandOutput r = resume(new FakeWorkbench(), "a");
    assertEquals(2, r.code());
    assertTrue(
        r.err()
            .startsWith(
                "sorn resume: the checkpoint at "
                    + a.resolve("checkpoint")
                    + " belongs to another run: "),
        r.err());
    assertEquals(1, r.err().lines().count());

    rec.remove("resume_arguments");
    JSON.writeValue(a.resolve("run.json").toFile(), rec);
    refused(
        a.resolve("run.json")
            + " has no resume_arguments; it was not written by sorn run of this workbench, so the"
            + " run cannot be resumed",
        "a");
  }

  @Test
  void anInputThatChangedIsRefused() throws IOException {
    Path input = Files.writeString(dir.resolve("in.csv"), "1,2,3,4,5,6,7,8,9,10\n");
    killedAfter(7, with(RUN, "--input", "in.csv", "--out", "i"));
    Files.writeString(input, "1,2,3,4,5,6,7,8,9,11\n");
    refused(
        "--input "
            + input
            + " changed since the run in "
            + dir.resolve("i")
            + " started (its SHA-256 differs); resume needs the same input",
        "i");
  }

  @Test
  void aRecorderThatIsNoLongerInstalledIsNamed() throws IOException {
    killedAfter(7, List.of("--steps", "10", "--record", "TE", "--checkpoint-every", "3", "--out", "r"));
    replaceResumeArgument(dir.resolve("r"), "--record=TE", "--record=TI");
    refused(
        "--record: unknown recorder 'TI'; expected names among ExcitatoryActivation, TE", "r");
  }
}
