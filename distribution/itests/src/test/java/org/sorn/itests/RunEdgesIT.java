package org.sorn.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The edges of a run, as a user meets them with the real launcher: a SIGTERM in the middle of the
 * steps or while the formats are written, a kill -9 there, a damaged checkpoint, a reused folder, a
 * network too large for the heap. After each, every file with its final name is whole, run.json
 * says what finished, and {@code sorn resume} completes the run to the uninterrupted run's files.
 */
public class RunEdgesIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long STEPS = 160000;
  /** Long enough to be stopped in the middle; checkpoints every 20,000 steps. */
  private static final List<String> LONG =
      List.of(
          "run", "--ne", "40", "--steps", Long.toString(STEPS), "--seed", "9", "--checkpoint-every",
          "20000", "--record", "TE:every=1000,ExcitatoryActivation:every=100", "--quiet");
  private static final int EXPORTED = 40000;
  /** Quick steps, a long export: 40,000 steps of 200 units as JSON (about 32 MB). */
  private static final List<String> BIG_EXPORT =
      List.of(
          "run", "--ne", "200", "--steps", Integer.toString(EXPORTED), "--seed", "4",
          "--checkpoint-every", "20000", "--noise", "off", "--record", "ExcitatoryActivation",
          "--quiet");

  private static Path work;
  private static Path whole;

  @BeforeClass
  public static void runUninterrupted() throws Exception {
    work = WorkbenchProcess.workFolder("edges-");
    whole = work.resolve("whole");
    WorkbenchProcess.Outcome o = WorkbenchProcess.run(work, with(LONG, "--out", whole.toString()));
    assertEquals(o.describe(), 0, o.exitCode());
  }

  private static List<String> with(List<String> args, String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of(more));
    return all;
  }

  @Test
  public void aSigtermMidRunStopsAtAStepWritesWhatItHasAndResumesToTheUninterruptedFiles()
      throws Exception {
    Path a = work.resolve("A");
    Process p = WorkbenchProcess.start(work, "A", with(LONG, "--out", a.toString()));
    awaitFile(p, a.resolve("checkpoint/checkpoint.bin"), work.resolve("A.err"));
    WorkbenchProcess.signal(p, false);

    JsonNode r = record(a);
    long done = r.get("steps_done").asLong();
    assertEquals(r.toString(), "stopped", r.get("status").asText());
    assertEquals("stopped", r.get("simulation_status").asText());
    assertTrue("stopped midway: " + done, done > 0 && done < STEPS);
    assertEquals("its last step checkpointed", done, r.get("last_checkpoint").get("step").asLong());
    assertEquals("whole", r.get("exports").get("json").get("status").asText());
    JsonNode events = r.get("events");
    assertEquals("stop", events.get(events.size() - 1).get("kind").asText());
    assertEquals(
        "sorn run: run run-1 stopped after " + done + " of " + STEPS + " steps; results so far are in "
            + a + "\n",
        read(work.resolve("A.err")));
    assertWholeFiles(a);

    WorkbenchProcess.Outcome resumed = WorkbenchProcess.run(work, List.of("resume", a.toString(), "--quiet"));
    assertEquals(resumed.describe(), 0, resumed.exitCode());
    assertEquals("completed", record(a).get("status").asText());
    // the same steps made, the same files; only the record and the event log tell of the stop
    assertSameFiles(whole, a, f -> !f.equals("run.json") && !f.equals("events.jsonl")
        && !f.startsWith("checkpoint/"));
  }

  @Test
  public void aDamagedCheckpointIsRefusedInOneLineAndThePreviousResumesToTheUninterruptedFiles()
      throws Exception {
    Path c = work.resolve("C");
    Process p = WorkbenchProcess.start(work, "C", with(LONG, "--out", c.toString()));
    Path last = c.resolve("checkpoint/checkpoint.bin");
    Path previous = c.resolve("checkpoint/checkpoint.previous.bin");
    // both there: the second checkpoint's moves are done (a kill between them leaves only the
    // previous one, which resume takes; that case is CheckpointIntegrityTest's)
    awaitFile(p, previous, work.resolve("C.err"));
    awaitFile(p, last, work.resolve("C.err"));
    WorkbenchProcess.signal(p, true); // kill -9
    assertFalse("two checkpoints, not two names of one", Files.isSameFile(last, previous));
    byte[] bytes = Files.readAllBytes(last);
    bytes[bytes.length / 2] ^= 0x01;
    Files.write(last, bytes);

    WorkbenchProcess.Outcome refused = WorkbenchProcess.run(work, List.of("resume", c.toString()));
    assertEquals(refused.describe(), 2, refused.exitCode());
    assertEquals(refused.describe(), 1, refused.stderrLines().size());
    assertTrue(
        refused.stderr(),
        refused.stderr().matches(
            "sorn resume: checkpoint \\Q" + last + "\\E is damaged \\(its CRC32C does not match its"
                + " content\\); the previous checkpoint \\Q" + previous + "\\E, at step \\d+, is whole:"
                + " resume from it with \\./sorn resume \\Q" + c + "\\E --checkpoint \\Q" + previous
                + "\\E\n"));

    WorkbenchProcess.Outcome resumed =
        WorkbenchProcess.run(
            work, List.of("resume", c.toString(), "--checkpoint", previous.toString(), "--quiet"));
    assertEquals(resumed.describe(), 0, resumed.exitCode());
    assertSameFiles(whole, c, f -> !f.equals("run.json"));
  }

  @Test
  public void aSigtermWhileTheFormatsAreWrittenWaitsForThemWhole() throws Exception {
    Path d = work.resolve("D");
    Process p = WorkbenchProcess.start(work, "D", with(BIG_EXPORT, "--out", d.toString()));
    awaitFile(p, d.resolve("ExcitatoryActivation.json.partial"), work.resolve("D.err"));
    WorkbenchProcess.signal(p, false);
    JsonNode r = record(d);
    assertEquals(r.toString(), "completed", r.get("status").asText());
    assertEquals("whole", r.get("exports").get("json").get("status").asText());
    assertEquals(EXPORTED, JSON.readTree(d.resolve("ExcitatoryActivation.json").toFile()).size());
    assertWholeFiles(d);
  }

  @Test
  public void aKillWhileTheFormatsAreWrittenLeavesNoHalfFileAndResumeWritesThem() throws Exception {
    Path e = work.resolve("E");
    Process p = WorkbenchProcess.start(work, "E", with(BIG_EXPORT, "--out", e.toString()));
    awaitFile(p, e.resolve("ExcitatoryActivation.json.partial"), work.resolve("E.err"));
    WorkbenchProcess.signal(p, true);
    JsonNode r = record(e);
    assertEquals(r.toString(), "running", r.get("status").asText());
    assertEquals("completed", r.get("simulation_status").asText());
    assertEquals(EXPORTED, r.get("steps_done").asLong());
    assertEquals("missing", r.get("exports").get("json").get("status").asText());
    assertFalse("no half file under the final name", Files.exists(e.resolve("ExcitatoryActivation.json")));
    assertWholeFiles(e, f -> !f.endsWith(".partial"));

    WorkbenchProcess.Outcome resumed = WorkbenchProcess.run(work, List.of("resume", e.toString()));
    assertEquals(resumed.describe(), 0, resumed.exitCode());
    assertEquals("run run-1: wrote json into " + e + " (completed)\n", resumed.stdout());
    assertEquals("completed", record(e).get("status").asText());
    assertWholeFiles(e);
    assertEquals(EXPORTED, JSON.readTree(e.resolve("ExcitatoryActivation.json").toFile()).size());
    Path d = work.resolve("D");
    if (Files.exists(d.resolve("ExcitatoryActivation.json"))) {
      assertArrayEquals(
          "the same as written in one go",
          Files.readAllBytes(d.resolve("ExcitatoryActivation.json")),
          Files.readAllBytes(e.resolve("ExcitatoryActivation.json")));
    }
  }

  @Test
  public void aFolderThatHoldsARunIsRefusedUnlessOverwriteIsGiven() throws Exception {
    Path f = work.resolve("F");
    List<String> small = List.of("run", "--ne", "20", "--steps", "10", "--seed", "1", "--out", f.toString());
    assertEquals(0, WorkbenchProcess.run(work, small).exitCode());
    byte[] before = Files.readAllBytes(f.resolve("run.json"));
    WorkbenchProcess.Outcome again =
        WorkbenchProcess.run(
            work, List.of("run", "--ne", "20", "--steps", "20", "--seed", "2", "--out", f.toString()));
    assertEquals(again.describe(), 2, again.exitCode());
    assertEquals(
        "sorn run: --out " + f + " holds run-1, completed after 10 of 10 steps, seed 1; give another"
            + " folder, or --overwrite to replace that run's files\n",
        again.stderr());
    assertArrayEquals(before, Files.readAllBytes(f.resolve("run.json")));
    WorkbenchProcess.Outcome replaced =
        WorkbenchProcess.run(
            work,
            List.of("run", "--ne", "20", "--steps", "20", "--seed", "2", "--out", f.toString(), "--overwrite"));
    assertEquals(replaced.describe(), 0, replaced.exitCode());
    assertEquals(20, record(f).get("steps_done").asLong());
  }

  @Test
  public void aNetworkThatCannotFitTheHeapIsRefusedAtOnceNamingTheHeap() throws Exception {
    Path g = work.resolve("G");
    WorkbenchProcess.Outcome o =
        WorkbenchProcess.run(
            work,
            List.of("run", "--ne", "100000000", "--lambda-ie", "10", "--steps", "10", "--out", g.toString()));
    assertEquals(o.describe(), 2, o.exitCode());
    assertTrue(
        o.stderr(),
        o.stderr().matches(
            "sorn run: a network of ne = 100000000 \\(ni = 20000000\\) needs about \\d+ GiB of heap,"
                + " but the heap is [0-9.]+ (GiB|MiB) \\([^)]*\\) with [0-9.]+ (GiB|MiB) free; raise it,"
                + " for example JAVA_OPTS=-Xmx\\d+g\n"));
    assertFalse(Files.exists(g.resolve("run.json")));
  }

  @Test
  public void aFailingRunKeepsItsStackTraceWhereRunJsonSaysAndDebugPrintsIt() throws Exception {
    List<String> failing = List.of("run", "--ne", "20", "--steps", "10", "--seed", "1", "--record", "TE");
    Path h = Files.createDirectories(work.resolve("H"));
    Files.writeString(h.resolve("data"), "a file where the recordings' folder goes\n");
    WorkbenchProcess.Outcome o = WorkbenchProcess.run(work, with(failing, "--out", h.toString()));
    assertEquals(o.describe(), 1, o.exitCode());
    assertEquals(o.describe(), 1, o.stderrLines().size());
    JsonNode r = record(h);
    assertEquals("failed", r.get("status").asText());
    assertEquals("error.log", r.get("error_log").asText());
    String trace = read(h.resolve("error.log"));
    assertTrue(trace, trace.startsWith("run run-1 failed after 0 steps: recorder TE cannot write in " + h));
    assertTrue(trace, trace.contains("\tat org.sorn.shell.RunListeners.apply"));
    String log = read(WorkbenchProcess.home().resolve("log/workbench.log"));
    assertTrue("the workbench's log has the failure and its trace",
        log.contains("ERROR [") && log.contains("org.sorn.engine  run-1 failed after 0 steps: recorder TE cannot write in " + h + ":")
            && log.contains("BundleEvent STARTED"));

    Path i = Files.createDirectories(work.resolve("I"));
    Files.writeString(i.resolve("data"), "a file where the recordings' folder goes\n");
    List<String> debug = new ArrayList<>(List.of("--debug"));
    debug.addAll(with(failing, "--out", i.toString()));
    WorkbenchProcess.Outcome traced = WorkbenchProcess.run(work, debug);
    assertEquals(traced.describe(), 1, traced.exitCode());
    assertTrue(traced.stderr(), traced.stderrLines().get(0).startsWith("sorn run: run run-1 failed after 0 steps"));
    assertTrue(traced.stderr(), traced.stderr().contains("\tat org.sorn.shell.RunListeners.apply"));
  }

  /** Waits until {@code file} exists while {@code process} runs; fails if the run ends first. */
  private static void awaitFile(Process process, Path file, Path stderr) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!Files.exists(file)) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        process.destroyForcibly().waitFor();
        fail("no " + file + " while the run went (it " + (process.isAlive() ? "hangs" : "ended")
            + " first): " + read(stderr));
      }
      Thread.sleep(1);
    }
  }

  private static JsonNode record(Path dir) throws IOException {
    return JSON.readTree(dir.resolve("run.json").toFile());
  }

  /** Every file of {@code dir}: no temporary left, none empty, each JSON file whole. */
  private static void assertWholeFiles(Path dir) throws IOException {
    assertWholeFiles(dir, f -> true);
  }

  private static void assertWholeFiles(Path dir, Predicate<String> which) throws IOException {
    for (String name : files(dir)) {
      if (!which.test(name)) {
        continue;
      }
      Path file = dir.resolve(name);
      assertFalse("a temporary left: " + name, name.endsWith(".partial"));
      assertTrue("an empty file: " + name, Files.size(file) > 0 || name.endsWith(".reserve"));
      if (name.endsWith(".json")) {
        JSON.readTree(file.toFile()); // throws on a cut file
      }
    }
  }

  private static void assertSameFiles(Path expected, Path actual, Predicate<String> which)
      throws IOException {
    List<String> names = files(expected).stream().filter(which).toList();
    assertEquals(names, files(actual).stream().filter(which).toList());
    for (String name : names) {
      assertArrayEquals(name, Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)));
    }
  }

  /** Every file under {@code dir}, relative, sorted. */
  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }
}
