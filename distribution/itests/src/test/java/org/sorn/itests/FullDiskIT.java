package org.sorn.itests;

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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.After;
import org.junit.Assume;
import org.junit.Test;

/**
 * A disk that fills, for real: the run's folder is on a small tmpfs mounted for the test (this
 * needs root, as CI has; elsewhere the test is skipped, in CI it fails). The disk fills while the
 * formats are written, or while the run records; either way run.json says so, no file with its
 * final name is empty or cut, and {@code sorn export} writes what is missing once there is room.
 */
public class FullDiskIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Path work;
  private Path disk;

  /** Mounts a tmpfs of {@code size} (mount's units: 4m) for the run's folder. */
  private Path mount(String size) throws Exception {
    work = WorkbenchProcess.workFolder("full-disk-");
    disk = Files.createDirectories(work.resolve("disk"));
    String problem = command("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", disk.toString());
    if (problem != null) {
      if ("true".equals(System.getenv("CI"))) {
        fail("a full disk needs a small tmpfs, which this machine cannot mount: " + problem);
      }
      Assume.assumeTrue("cannot mount a tmpfs here (" + problem + "): not root?", false);
    }
    return disk;
  }

  @After
  public void unmount() throws Exception {
    if (disk != null) {
      command("umount", "-l", disk.toString());
    }
  }

  /** Runs a program; null when it exits with 0, else what it said. */
  private static String command(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return String.join(" ", command) + " did not end";
    }
    return p.exitValue() == 0 ? null : String.join(" ", command) + ": exit " + p.exitValue() + " " + out;
  }

  @Test
  public void aDiskThatFillsWhileTheFormatsAreWrittenLeavesThemMissingAndExportWritesThemLater()
      throws Exception {
    Path run = mount("4m").resolve("r");
    // the store (bits) and the checkpoints fit in 4 MB; the 16 MB of ExcitatoryActivation.json do not
    WorkbenchProcess.Outcome o =
        WorkbenchProcess.run(
            work,
            List.of(
                "run", "--ne", "200", "--steps", "20000", "--seed", "3", "--noise", "off",
                "--record", "ExcitatoryActivation", "--checkpoint-every", "10000", "--quiet",
                "--out", run.toString()));
    assertEquals(o.describe(), 1, o.exitCode());
    assertEquals(o.describe(), 1, o.stderrLines().size());
    assertTrue(
        o.stderr(),
        o.stderr().startsWith("sorn run: cannot export format json in " + run + ": ")
            && o.stderr().contains("No space left on device; the formats left missing (json) can be"
                + " written with: ./sorn export " + run));
    JsonNode r = record(run);
    assertEquals("failed", r.get("status").asText());
    assertEquals("completed", r.get("simulation_status").asText());
    assertTrue(r.get("failure").asText(), r.get("failure").asText().contains("No space left on device"));
    assertEquals("missing", r.get("exports").get("json").get("status").asText());
    assertEquals(20000, r.get("last_checkpoint").get("step").asLong());
    assertWholeFiles(run);

    assertEquals(null, command("mount", "-o", "remount,size=64m", disk.toString()));
    WorkbenchProcess.Outcome exported = WorkbenchProcess.run(work, List.of("export", run.toString()));
    assertEquals(exported.describe(), 0, exported.exitCode());
    assertEquals("run run-1: wrote json into " + run + " (completed)\n", exported.stdout());
    r = record(run);
    assertEquals("completed", r.get("status").asText());
    assertEquals("whole", r.get("exports").get("json").get("status").asText());
    assertEquals(20000, JSON.readTree(run.resolve("ExcitatoryActivation.json").toFile()).size());
    assertWholeFiles(run);
  }

  @Test
  public void aDiskThatFillsWithTheRecordingsFailsTheRunAndRunJsonSaysSo() throws Exception {
    Path run = mount("2m").resolve("w");
    // W^EE of 50 units every step: 20 KB a step, the disk is full after about a hundred
    WorkbenchProcess.Outcome o =
        WorkbenchProcess.run(
            work,
            List.of(
                "run", "--ne", "50", "--steps", "10000", "--seed", "3", "--record", "WEE",
                "--checkpoint-every", "20", "--quiet", "--out", run.toString()));
    assertEquals(o.describe(), 1, o.exitCode());
    assertEquals(o.describe(), 1, o.stderrLines().size());
    assertTrue(
        o.stderr(),
        o.stderr().matches(
            "sorn run: run run-1 failed after \\d+ steps: .*No space left on device.*; results so far"
                + " are in \\Q" + run + "\\E\n"));
    JsonNode r = record(run);
    assertEquals("failed", r.get("status").asText());
    assertEquals("failed", r.get("simulation_status").asText());
    assertTrue(r.get("failure").asText(), r.get("failure").asText().contains("No space left on device"));
    assertEquals("error.log", r.get("error_log").asText());
    assertTrue(Files.readString(run.resolve("error.log")).contains("No space left on device"));
    assertTrue("a checkpoint before the disk filled", r.get("last_checkpoint").get("step").asLong() > 0);
    assertWholeFiles(run);
  }

  private static JsonNode record(Path dir) throws IOException {
    return JSON.readTree(dir.resolve("run.json").toFile());
  }

  /** No temporary left, no empty file, every JSON file whole (the store's data may be cut). */
  private static void assertWholeFiles(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path file : all.filter(Files::isRegularFile).toList()) {
        String name = dir.relativize(file).toString();
        assertFalse("a temporary left: " + name, name.endsWith(".partial"));
        if (name.startsWith("data/") && !name.endsWith(".json")) {
          continue; // recordings stream as the run goes; resume cuts them back to a checkpoint
        }
        assertTrue("an empty file: " + name, Files.size(file) > 0);
        if (name.endsWith(".json")) {
          JSON.readTree(file.toFile());
        }
      }
    }
  }
}
