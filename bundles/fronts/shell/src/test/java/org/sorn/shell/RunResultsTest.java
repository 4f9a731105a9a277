package org.sorn.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.api.NetworkState;
import org.sorn.api.RunContext;
import org.sorn.api.StepListener;
import org.sorn.api.run.DamagedCheckpoint;
import org.sorn.api.run.RunRequest;
import org.sorn.api.run.Simulation;
import org.sorn.shell.Fakes.FakeExporter;
import org.sorn.shell.Fakes.FakeRecorder;
import org.sorn.shell.Fakes.FakeWorkbench;

/**
 * What a run's folder holds is what really finished: a folder that holds a run is not reused unless
 * asked, only the workbench's files are replaced, run.json says which formats are whole, and those
 * missing are written later by {@code sorn export} or {@code sorn resume}.
 */
class RunResultsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  final Clock clock = Clock.fixed(Instant.parse("2026-11-28T10:15:30Z"), ZoneOffset.UTC);
  FakeWorkbench workbench = new FakeWorkbench();
  final FakeExporter json = new FakeExporter();
  final FakeExporter npz = new FakeExporter("npz");

  RunCommand command() {
    ShellServices services =
        new ShellServices(
            workbench, List.of(new FakeRecorder("TE")), List.of(json, npz), new RunTimes(),
            "0.1.0.TEST");
    return new RunCommand(services, clock, dir, () -> 777L);
  }

  CommandOutput run(String... args) {
    return CommandOutput.of((out, err) -> command().execute(List.of(args), out, err));
  }

  CommandOutput export(String... args) {
    return CommandOutput.of((out, err) -> new ExportCommand(command()).execute(List.of(args), out, err));
  }

  CommandOutput resume(String... args) {
    return CommandOutput.of((out, err) -> new ResumeCommand(command()).execute(List.of(args), out, err));
  }

  JsonNode record(Path out) throws IOException {
    return JSON.readTree(out.resolve("run.json").toFile());
  }

  @Test
  void aFolderThatHoldsARunIsRefusedNamingItAndLeftAsItWas() throws IOException {
    assertEquals(0, run("--steps", "5", "--record", "TE", "--out", "r").code());
    Path r = dir.resolve("r");
    byte[] before = Files.readAllBytes(r.resolve("run.json"));
    CommandOutput again = run("--steps", "7", "--format", "npz", "--out", "r");
    assertEquals(2, again.code());
    assertEquals(
        "sorn run: --out " + r + " holds run-1, completed after 5 of 5 steps, seed 777; give"
            + " another folder, or --overwrite to replace that run's files\n",
        again.err());
    assertArrayEquals(before, Files.readAllBytes(r.resolve("run.json")));
    assertFalse(Files.exists(r.resolve("final-state.npz")), "nothing of the new run mixed in");
    // a folder with only the files of a run (its run.json lost) is a run too
    Files.delete(r.resolve("run.json"));
    assertTrue(run("--steps", "7", "--out", "r").err().contains("holds the files of a run (events.jsonl"));
  }

  @Test
  void overwriteRemovesTheEarlierRunsFilesAndOnlyThose() throws IOException {
    assertEquals(0, run("--steps", "5", "--record", "TE", "--format", "json,npz", "--out", "o").code());
    Path o = dir.resolve("o");
    Files.writeString(o.resolve("notes.txt"), "my notes");
    Files.createDirectories(o.resolve("mine")).resolve("a.csv").toFile().createNewFile();
    Files.writeString(o.resolve("analysis.json"), "{}");
    Files.writeString(o.resolve("final-state.json.partial"), "{\"Wee\": [[0.1, ");
    // the store of a real run, and an export named after its series
    Files.writeString(Files.createDirectories(o.resolve("data")).resolve("TE.meta.json"), "{}");
    Files.writeString(o.resolve("TE.csv"), "step,0\n");
    CommandOutput r = run("--steps", "7", "--format", "json", "--out", "o", "--overwrite");
    assertEquals(0, r.code(), r.err());
    assertEquals("my notes", Files.readString(o.resolve("notes.txt")));
    assertTrue(Files.exists(o.resolve("mine").resolve("a.csv")));
    for (String gone : List.of("final-state.npz", "recordings.npz", "TE.csv", "analysis.json",
        "final-state.json.partial", "data")) {
      assertFalse(Files.exists(o.resolve(gone)), gone + " of the earlier run");
    }
    assertEquals(7, record(o).get("steps_done").asLong());
  }

  @Test
  void aRunTheWorkbenchRefusesLeavesTheEarlierRunAsItWas() throws IOException {
    assertEquals(0, run("--steps", "5", "--out", "k").code());
    Path k = dir.resolve("k");
    byte[] before = Files.readAllBytes(k.resolve("run.json"));
    workbench.refuse = new IllegalArgumentException("no variant 'nope' installed for slot stdp; installed: stdp");
    CommandOutput r = run("--steps", "5", "--variant", "stdp=nope", "--out", "k", "--overwrite");
    assertEquals(2, r.code());
    assertArrayEquals(before, Files.readAllBytes(k.resolve("run.json")), "nothing lost");
    assertTrue(Files.exists(k.resolve("final-state.json")));
  }

  @Test
  void theRecordBeforeTheExportsSaysTheStepsEndedAndNoFormatIsWholeYet() throws IOException {
    FakeExporter watching =
        new FakeExporter() {
          @Override
          public Path writeState(NetworkState state, Path directory, String baseName) throws IOException {
            JsonNode rec = record(directory);
            assertEquals("running", rec.get("status").asText());
            assertEquals("completed", rec.get("simulation_status").asText());
            assertEquals(5, rec.get("steps_done").asLong());
            assertEquals("missing", rec.get("exports").get("json").get("status").asText());
            assertEquals(5, rec.get("last_checkpoint").get("step").asLong());
            return super.writeState(state, directory, baseName);
          }
        };
    ShellServices services =
        new ShellServices(workbench, List.of(), List.of(watching), new RunTimes(), "0.1.0.TEST");
    CommandOutput r =
        CommandOutput.of(
            (out, err) ->
                new RunCommand(services, clock, dir, () -> 777L)
                    .execute(List.of("--steps", "5", "--checkpoint-every", "2", "--out", "w"), out, err));
    assertEquals(0, r.code(), r.err());
    JsonNode rec = record(dir.resolve("w"));
    assertEquals("completed", rec.get("status").asText());
    assertEquals(
        "{\"step\":5,\"file\":\"checkpoint/checkpoint.bin\"}", rec.get("last_checkpoint").toString());
  }

  @Test
  void theFormatsMissingAfterAFailedExportAreWrittenByExport() throws IOException {
    npz.fail = true;
    CommandOutput r = run("--steps", "5", "--format", "json,npz", "--checkpoint-every", "2", "--out", "x");
    assertEquals(1, r.code());
    Path x = dir.resolve("x");
    assertEquals("failed", record(x).get("status").asText());
    assertFalse(Files.exists(x.resolve("recordings.npz")));

    npz.fail = false; // there is space again
    CommandOutput e = export("x");
    assertEquals(0, e.code(), e.err());
    assertEquals("run run-1: wrote npz into " + x + " (completed)\n", e.out());
    JsonNode rec = record(x);
    assertEquals("completed", rec.get("status").asText());
    assertTrue(rec.get("failure").isNull());
    assertEquals("whole", rec.get("exports").get("npz").get("status").asText());
    assertEquals("whole", rec.get("exports").get("json").get("status").asText());
    assertEquals("npz", Files.readString(x.resolve("recordings.npz")));
    assertEquals("{\"ne\": 200}", Files.readString(x.resolve("final-state.npz")), "from the last checkpoint");
    CommandOutput nothing = export("x");
    assertEquals(0, nothing.code());
    assertTrue(nothing.out().contains("is whole (json, npz); nothing to export"), nothing.out());
  }

  @Test
  void resumeOfARunWhoseStepsWereAllDoneWritesWhatIsMissing() throws IOException {
    npz.fail = true;
    assertEquals(1, run("--steps", "5", "--format", "npz", "--checkpoint-every", "2", "--out", "y").code());
    npz.fail = false;
    workbench = new FakeWorkbench();
    CommandOutput r = resume("y");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("run run-1: wrote npz into "), r.out());
    assertEquals("completed", record(dir.resolve("y")).get("status").asText());
  }

  @Test
  void aRunThatHasNotEndedIsNotExported() throws IOException {
    workbench.hold = 3;
    CommandOutput started =
        CommandOutput.of(
            (out, err) -> command().start(List.of("--steps", "10", "--out", "h"), out, err, l -> {}));
    assertEquals(0, started.code());
    CommandOutput e = export("h");
    assertEquals(2, e.code());
    assertEquals(
        "sorn export: the run in " + dir.resolve("h") + " has not ended: its run.json says running"
            + " after 0 of 10 steps; once its process is gone, continue it with: ./sorn resume "
            + dir.resolve("h") + "\n",
        e.err());
  }

  @Test
  void aDamagedCheckpointIsRefusedNamingThePreviousAndHowToResumeFromIt() throws IOException {
    workbench.hold = 7;
    CommandOutput.of(
        (out, err) ->
            command().start(List.of("--steps", "10", "--checkpoint-every", "3", "--out", "d"), out, err, l -> {}));
    Path d = dir.resolve("d");
    Path last = d.resolve("checkpoint").resolve("checkpoint.bin");
    Path previous = d.resolve("checkpoint").resolve("checkpoint.previous.bin");
    workbench =
        new FakeWorkbench() {
          @Override
          public Simulation resume(
              Path checkpoint, RunRequest request, Function<RunContext, List<StepListener>> factory) {
            if (checkpoint.equals(d.resolve("checkpoint"))) {
              throw new DamagedCheckpoint(last, "its CRC32C does not match its content", previous, 3);
            }
            resumedFrom = checkpoint;
            throw new IllegalArgumentException("resumed from " + checkpoint);
          }
        };
    CommandOutput r = resume("d");
    assertEquals(2, r.code());
    assertEquals(
        "sorn resume: checkpoint " + last + " is damaged (its CRC32C does not match its content);"
            + " the previous checkpoint " + previous + ", at step 3, is whole: resume from it with"
            + " ./sorn resume " + d + " --checkpoint " + previous + "\n",
        r.err());
    Files.writeString(previous, "{}");
    resume("d", "--checkpoint", previous.toString());
    assertEquals(previous, workbench.resumedFrom, "--checkpoint FILE is the one resumed from");
  }
}
