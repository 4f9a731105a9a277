package org.sorn.sweeps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.sweeps.SlurmCommands.SlurmFailure;

class SlurmCommandsTest {
  @TempDir Path folder;

  @Test
  void theJobIdIsWhatSbatchParsablePrintsBeforeAnyClusterName() throws SlurmFailure {
    assertEquals("42", SlurmCommands.jobId("42\n"));
    assertEquals("1234", SlurmCommands.jobId("1234;cluster-a\n"));
    assertEquals("sbatch printed no job id: expected a number, got \"Submitted batch job 7\"",
        assertThrows(SlurmFailure.class, () -> SlurmCommands.jobId("Submitted batch job 7")).getMessage());
  }

  @Test
  void squeueLinesGiveTheStateOfEachTaskOfTheJob() {
    String squeue = """
        42_0 RUNNING
        42_1 COMPLETING
        42_[4-6,9%2] PENDING
        43_2 RUNNING
        420_5 RUNNING

        """;
    assertEquals(Map.of(0, "RUNNING", 1, "COMPLETING", 4, "PENDING", 5, "PENDING", 6, "PENDING", 9, "PENDING"),
        SlurmCommands.taskStates(squeue, "42"));
    assertEquals(Map.of(), SlurmCommands.taskStates("", "42"));
  }

  @Test
  void aJobTheControllerForgotHasNothingQueuedAndOtherFailuresAreOneLine() throws Exception {
    FakeCluster cluster = new FakeCluster(folder);
    assertEquals(Map.of(), cluster.commands().queuedTasks("99"));

    Path bin = Files.createDirectories(folder.resolve("broken"));
    script(bin.resolve("squeue"), "echo 'squeue: error: Unable to contact slurm controller (connect failure)' >&2; exit 1");
    SlurmCommands broken = new SlurmCommands(Map.of("PATH", bin + ":" + System.getenv("PATH")));
    assertEquals("squeue failed: squeue: error: Unable to contact slurm controller (connect failure)",
        assertThrows(SlurmFailure.class, () -> broken.queuedTasks("42")).getMessage());
  }

  private static void script(Path file, String body) throws IOException {
    Files.writeString(file, "#!/bin/bash\n" + body + "\n");
    file.toFile().setExecutable(true);
  }
}
