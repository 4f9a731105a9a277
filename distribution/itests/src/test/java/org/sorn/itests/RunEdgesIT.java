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
    Path a =
        signalled("A", LONG, false, "checkpoint/checkpoint.bin",
            (dir, exit) -> !"completed".equals(record(dir).get("status").asText()));
    String name = a.getFileName().toString();

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
        read(work.resolve(name + ".err")));
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
    // killed (-9) once both checkpoints are there; a kill that lands between the two moves of a
    // later checkpoint leaves only the previous one (resume takes it: CheckpointIntegrityTest), so
    // that attempt is made again
    Path c =
        signalled("C", LONG, true, "checkpoint/checkpoint.previous.bin",
            (dir, exit) -> Files.exists(dir.resolve("checkpoint/checkpoint.bin"))
                && Files.exists(dir.resolve("checkpoint/checkpoint.previous.bin")));
    Path last = c.resolve("checkpoint/checkpoint.bin");
    Path previous = c.resolve("checkpoint/checkpoint.previous.bin");
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
    // a SIGTERM after the export has ended proves nothing here: that attempt is made again
    Path d =
        signalled("D", BIG_EXPORT, false, "ExcitatoryActivation.json.partial",
            // a stop that came after the run's end finds no process: the exit is 0, not 143
            (dir, exit) -> exit != 0);
    JsonNode r = record(d);
    assertEquals(r.toString(), "completed", r.get("status").asText());
    assertEquals("whole", r.get("exports").get("json").get("status").asText());
    assertEquals(EXPORTED, JSON.readTree(d.resolve("ExcitatoryActivation.json").toFile()).size());
    assertWholeFiles(d);
  }

  @Test
  public void aKillWhileTheFormatsAreWrittenLeavesNoHalfFileAndResumeWritesThem() throws Exception {
    Path e =
        signalled("E", BIG_EXPORT, true, "ExcitatoryActivation.json.partial",
            (dir, exit) -> "running".equals(record(dir).get("status").asText()));
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

  /** Whether a signal landed where a test wants it, from the run's folder and exit code. */
  @FunctionalInterface
  private interface Landed {
    boolean test(Path dir, int exitCode) throws IOException;
  }

  /**
   * Runs {@code arguments} into {@code work/NAME}, sends SIGTERM ({@code kill} false) or SIGKILL
   * once {@code awaited} (relative to the run's folder) exists, and returns the folder once the
   * signal {@code landed} where the test wants it. A signal sent from outside a running process
   * can come late (the test's JVM descheduled, the run quicker than usual); such an attempt proves
   * nothing either way and is made again in a fresh folder, three times at the most.
   */
  private static Path signalled(
      String name, List<String> arguments, boolean kill, String awaited, Landed landed)
      throws Exception {
    List<String> late = new ArrayList<>();
    for (int attempt = 0; attempt < 3; attempt++) {
      String folder = attempt == 0 ? name : name + attempt;
      Path dir = work.resolve(folder);
      Process p = WorkbenchProcess.start(work, folder, with(arguments, "--out", dir.toString()));
      awaitFile(p, dir.resolve(awaited), work.resolve(folder + ".err"));
      int exit = WorkbenchProcess.signal(p, kill);
      if (landed.test(dir, exit)) {
        return dir;
      }
      late.add(folder + " (exit " + exit + ")");
    }
    throw new AssertionError("the signal came too late in every attempt: " + late);
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
