package org.sorn.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * {@code bin/sorn run} killed with kill -9 after a checkpoint, then {@code bin/sorn resume}: every
 * file of the run folder equals, byte for byte, that of the same run made in one go (run.json but
 * for its times, folder and resume fields).
 */
public class ResumeAfterKillIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> RUN =
      List.of(
          "run", "--ne", "100", "--steps", "200000", "--seed", "5", "--checkpoint-every", "20000",
          "--record", "ExcitatoryActivation:every=50,EEConnectionCounts");
  /** What run.json may hold differently: when, where, and the resume itself. */
  private static final List<String> CIRCUMSTANCES =
      List.of("start_time", "end_time", "resumed_from_step", "resumed_at", "command_line", "arguments");

  private static List<String> with(List<String> args, String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of(more));
    return all;
  }

  @Test
  public void aRunKilledAfterACheckpointAndResumedEqualsTheUninterruptedRun() throws Exception {
    Path work = WorkbenchProcess.workFolder("resume-");
    WorkbenchProcess.Outcome whole = WorkbenchProcess.run(work, with(RUN, "--out", "B"));
    assertEquals(whole.describe(), 0, whole.exitCode());

    long t0 = System.nanoTime();
    // through WorkbenchProcess, which kills the JVM itself too (when bin/sorn makes its class-data
    // archive the JVM is the shell's child, and a kill of the shell alone leaves it running)
    Process killed = WorkbenchProcess.start(work, "A", with(RUN, "--out", "A"));
    Path checkpoint = work.resolve("A/checkpoint/checkpoint.bin");
    long deadline = t0 + TimeUnit.SECONDS.toNanos(90);
    while (!Files.exists(checkpoint)) {
      if (!killed.isAlive() || System.nanoTime() > deadline) {
        killed.destroyForcibly().waitFor();
        fail("no checkpoint in A; the run " + (killed.isAlive() ? "hangs" : "ended") + ": "
            + read(work.resolve("A.err")));
      }
      Thread.sleep(2);
    }
    // a little later, so that the steps (and recordings) have gone past the checkpoint
    Thread.sleep(100);
    // kill -9: no shutdown hook, no final write
    WorkbenchProcess.signal(killed, true);
    long killedAfter = System.nanoTime() - t0;
    Path a = work.resolve("A");
    assertEquals(
        "killed while running (else the run was too quick to be killed midway)",
        "running",
        JSON.readTree(a.resolve("run.json").toFile()).get("status").asText());

    WorkbenchProcess.Outcome resumed = WorkbenchProcess.run(work, List.of("resume", "A"));
    assertEquals(resumed.describe(), 0, resumed.exitCode());
    assertEquals(resumed.describe(), "", resumed.stderr());
    Matcher m =
        Pattern.compile("run run-1: resumed at step (\\d+), 200000 steps in .*, results in "
                + Pattern.quote(a.toString()) + "\n")
            .matcher(resumed.stdout());
    assertTrue(resumed.stdout(), m.matches());
    long step = Long.parseLong(m.group(1));
    assertTrue("resumed at a checkpoint: " + step, step >= 20000 && step % 20000 == 0);

    Path b = work.resolve("B");
    List<String> files = files(b);
    assertEquals(files, files(a));
    assertTrue(files.toString(), files.contains("events.jsonl") && files.contains("final-state.json"));
    for (String file : files) {
      if (!file.equals("run.json")) {
        assertArrayEquals(file, Files.readAllBytes(b.resolve(file)), Files.readAllBytes(a.resolve(file)));
      }
    }
    ObjectNode recordA = (ObjectNode) JSON.readTree(a.resolve("run.json").toFile());
    ObjectNode recordB = (ObjectNode) JSON.readTree(b.resolve("run.json").toFile());
    assertEquals(step, recordA.get("resumed_from_step").asLong());
    assertEquals("completed", recordA.get("status").asText());
    recordA.remove(CIRCUMSTANCES);
    recordB.remove(CIRCUMSTANCES);
    assertEquals(recordB, recordA);
    System.out.printf(
        "ResumeAfterKillIT: uninterrupted %d ms, killed after %d ms, resumed at step %d in %d ms%n",
        whole.elapsed().toMillis(),
        TimeUnit.NANOSECONDS.toMillis(killedAfter),
        step,
        resumed.elapsed().toMillis());
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
