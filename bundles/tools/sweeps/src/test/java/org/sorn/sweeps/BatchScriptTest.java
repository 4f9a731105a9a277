package org.sorn.sweeps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchScriptTest {
  @TempDir Path folder;

  private static final Map<String, String> BASE = new LinkedHashMap<>(Map.of("ne", "20"));

  private static List<SweepRun> runs(int... indices) {
    return java.util.Arrays.stream(indices).mapToObj(i -> new SweepRun(i, Map.of("eta-stdp", "0.00" + i), 100L + i)).toList();
  }

  @Test
  void theArraySpecGroupsConsecutiveIndicesAndBoundsTheTasksAtOnce() {
    assertEquals("0-5%2", ArraySpec.of(List.of(0, 1, 2, 3, 4, 5), 2));
    assertEquals("3,7", ArraySpec.of(List.of(3, 7), 0));
    assertEquals("0-2,5,7-9%4", ArraySpec.of(List.of(0, 1, 2, 5, 7, 8, 9), 4));
    assertEquals("12", ArraySpec.of(List.of(12), 0));
    assertThrows(IllegalArgumentException.class, () -> ArraySpec.of(List.of(), 0));
  }

  @Test
  void theScriptAsksForTheResourcesAndHasOneCaseForEachRunSubmitted() {
    WorkbenchLauncher launcher = new WorkbenchLauncher(Path.of("/opt/sorn/bin/sorn"), List.of("core", "stdp"));
    String script = BatchScript.of(Path.of("/shared/sweep"), Path.of("/home/lab"), launcher,
        new SlurmResources("gpu", "02:00:00", "4G", 2, 3), BASE, runs(3, 7));

    assertTrue(script.startsWith("""
        #!/bin/bash
        #SBATCH --job-name=sorn-sweep
        #SBATCH --array=3,7%3
        #SBATCH --output=/shared/sweep/slurm/%A_%a.out
        #SBATCH --chdir=/home/lab
        #SBATCH --partition=gpu
        #SBATCH --time=02:00:00
        #SBATCH --mem=4G
        #SBATCH --cpus-per-task=2
        """), script);
    assertTrue(script.contains("  3) set -- --ne 20 --eta-stdp 0.003 --seed 103 ;;\n"
        + "  7) set -- --ne 20 --eta-stdp 0.007 --seed 107 ;;\n"), script);
    assertTrue(script.contains("/opt/sorn/bin/sorn --features core,stdp run \"$@\" --out \"$run\" --quiet\n"), script);
    assertEquals(BatchScript.path(Path.of("/d")), Path.of("/d/slurm/sweep.sbatch"));
  }

  @Test
  void foldersWithSpacesAreQuotedForSbatchAndTheShell() {
    WorkbenchLauncher launcher = new WorkbenchLauncher(Path.of("/opt/my sorn/bin/sorn"), List.of());
    String script = BatchScript.of(Path.of("/shared/my sweep"), Path.of("/home/lab"), launcher,
        SlurmResources.NONE, BASE, runs(0));

    assertTrue(script.contains("#SBATCH \"--output=/shared/my sweep/slurm/%A_%a.out\"\n"), script);
    assertTrue(script.contains("run='/shared/my sweep/runs'/\"$i\"\n"), script);
    assertTrue(script.contains("'/opt/my sorn/bin/sorn' run \"$@\""), script);
    assertEquals("'it'\\''s'", BatchScript.quote("it's"));
    assertThrows(IllegalArgumentException.class, () -> BatchScript.of(Path.of("/shared/\"q\""), Path.of("/h"),
        launcher, SlurmResources.NONE, BASE, runs(0)));
  }

  @Test
  void aTaskRunsItsRunWithItsOptionsAsGivenAndWritesTheExitCodeInItsFolder() throws Exception {
    // a stand-in bin/sorn that prints its arguments one per line, in the folder of the run
    Path sorn = folder.resolve("sorn");
    Files.writeString(sorn, """
        #!/bin/bash
        for ((k = 1; k <= $#; k++)); do [ "${!k}" = --out ] && next=$((k + 1)) && out="${!next}"; done
        printf '%s\\n' "$@" >"$out/arguments"
        exit 3
        """);
    sorn.toFile().setExecutable(true);
    Map<String, String> base = new LinkedHashMap<>();
    base.put("input", "/data/it's a file.txt");
    Path sweep = folder.resolve("sweep");
    Files.createDirectories(sweep.resolve("runs/1"));
    Files.writeString(sweep.resolve("runs/1/stale"), "from an earlier attempt");
    Path script = Files.writeString(folder.resolve("sweep.sbatch"), BatchScript.of(sweep, folder,
        new WorkbenchLauncher(sorn, List.of()), SlurmResources.NONE, base, runs(0, 1)), StandardCharsets.UTF_8);

    ProcessBuilder task = new ProcessBuilder("bash", script.toString()).inheritIO();
    task.environment().put("SLURM_ARRAY_TASK_ID", "1");
    task.environment().put("SLURM_JOB_ID", "9");
    assertEquals(3, task.start().waitFor());

    assertEquals(List.of("run", "--input", "/data/it's a file.txt", "--eta-stdp", "0.001", "--seed", "101",
        "--out", sweep.resolve("runs/1").toString(), "--quiet"), Files.readAllLines(sweep.resolve("runs/1/arguments")));
    RunFolder run = new RunFolder(sweep, 1);
    assertEquals(3, run.exitCode().getAsInt());
    assertEquals(List.of("arguments", "exit-code"), list(sweep.resolve("runs/1")));
  }

  private static List<String> list(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
