package org.sorn.sweeps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sorn sweep --engine slurm} against stand-ins for sbatch, squeue and bin/sorn (FakeCluster). */
class SlurmEngineTest {
  private static final SlurmEngine.Pacing QUICK =
      new SlurmEngine.Pacing(Duration.ofMillis(20), Duration.ofMillis(50), Duration.ofMillis(300));

  @TempDir Path folder;

  private FakeCluster cluster;
  private Path file;
  private Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void sweepFile() throws IOException {
    cluster = new FakeCluster(folder);
    file = Files.writeString(folder.resolve("sweep.json"), """
        {"base": {"ne": 20, "steps": 50, "noise": "off", "record": "NetworkActivity"},
         "vary": [{"eta-stdp": [0.002, 0.004]}], "seeds": 2, "seed": 1}""");
    dir = folder.resolve("out");
  }

  private int sweep(SlurmCommands commands, WorkbenchLauncher launcher, String... options) {
    out.reset();
    err.reset();
    List<String> arguments = new ArrayList<>(List.of(file.toString(), "--out", dir.toString(), "--engine", "slurm"));
    arguments.addAll(List.of(options));
    return new SweepCommand(null, launcher, commands, QUICK).run(arguments,
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private int sweep(String... options) {
    return sweep(cluster.commands(), cluster.launcher(), options);
  }

  @Test
  void submitsOneTaskPerRunWaitsForThemAndSummarisesLikeTheLocalEngine() throws IOException {
    assertEquals(0, sweep("--max-concurrent", "2", "--time", "0:10:00", "--mem", "1G"), err.toString());

    assertEquals(List.of("0-3%2"), cluster.arrays());
    String script = Files.readString(BatchScript.path(dir));
    assertTrue(script.contains("#SBATCH --time=0:10:00\n#SBATCH --mem=1G\n"), script);
    List<SweepRun> runs = SweepDescription.parse(Files.readString(file)).expand();
    Map<String, String> base = SweepDescription.parse(Files.readString(file)).base();
    List<String> expected = new ArrayList<>();
    for (SweepRun run : runs) {
      expected.add("--features default run " + String.join(" ", run.options(base)) + " --out "
          + dir.resolve("runs/" + run.index()) + " --quiet");
    }
    assertEquals(expected, cluster.launched());
    List<String> summary = Files.readAllLines(dir.resolve("summary.csv"));
    assertEquals("index,eta-stdp,seed,status,steps_done,mean_e_activity", summary.get(0));
    assertEquals("2,0.004," + RunSeeds.of(1, 2) + ",completed,50,0.15", summary.get(3));
    assertEquals("0", Files.readString(dir.resolve("runs/3/exit-code")).trim());
    assertTrue(err.toString().contains("run 3  completed"), err.toString());
    assertTrue(err.toString().lines().anyMatch(
        l -> l.matches("sweep: job 42: \\d queued, \\d running, \\d completed, 0 failed \\(of 4\\)")), err.toString());
    assertTrue(out.toString().startsWith("sweep: all 4 runs completed"), out.toString());
  }

  @Test
  void failedRunsAreSubmittedAgainOnlyWithResubmitAndOnlyThem() throws IOException {
    cluster.set("failing", "0.004");
    assertEquals(1, sweep());
    assertTrue(out.toString().contains("2 of 4 runs did not complete: 2, 3; run the same command with --resubmit"),
        out.toString());
    assertTrue(err.toString().contains("run 2  failed  diverged"), err.toString());
    assertTrue(Files.readAllLines(dir.resolve("summary.csv")).get(3).contains(",failed,"));

    cluster.clear("failing");
    assertEquals(1, sweep());
    assertEquals(List.of("0-3"), cluster.arrays());
    assertTrue(err.toString().contains("job 42 has ended; with --resubmit, the 2 runs that did not complete are submitted again"), err.toString());

    assertEquals(0, sweep("--resubmit"), err.toString());
    assertEquals(List.of("0-3", "2-3"), cluster.arrays());
    assertTrue(Files.readString(BatchScript.path(dir)).contains("  2) set --"));
    assertTrue(!Files.readString(BatchScript.path(dir)).contains("  1) set --"));
    assertEquals("43", SubmittedJob.read(dir).orElseThrow().id());
  }

  @Test
  void withNoWaitTheJobIsSubmittedOnceAndFollowedByTheNextCall() throws IOException {
    cluster.set("hold", "");
    assertEquals(0, sweep("--no-wait"), err.toString());
    assertTrue(out.toString().contains("sweep: job 42 has runs queued or running"), out.toString());
    assertTrue(err.toString().contains("sweep: job 42: 4 queued, 0 running, 0 completed, 0 failed (of 4)"), err.toString());
    assertEquals(List.of("missing"), Files.readAllLines(dir.resolve("summary.csv")).stream().skip(1)
        .map(l -> l.split(",")[3]).distinct().toList());

    assertEquals(0, sweep("--no-wait"));
    assertTrue(err.toString().contains("job 42 still has 4 of its 4 runs queued or running; following it"), err.toString());
    assertEquals(1, sweep("--resubmit"));
    assertTrue(err.toString().startsWith("sweep: job 42 still has 4 runs queued or running"), err.toString());
    assertEquals(1, err.toString().lines().count(), err.toString());

    cluster.clear("hold");
    assertEquals(0, sweep(), err.toString());
    assertEquals(List.of("0-3"), cluster.arrays());
  }

  @Test
  void aTaskThatEndsWithoutAnExitCodeIsReportedOnceItLeftTheQueue() throws IOException {
    cluster.set("vanishing", "0.002");
    assertEquals(1, sweep());
    assertTrue(err.toString().contains("run 0  running  its task ended without writing an exit code"), err.toString());
    assertTrue(out.toString().contains("2 of 4 runs did not complete: 0, 1"), out.toString());
  }

  @Test
  void userErrorsAreOneLine() throws IOException {
    Path empty = Files.createDirectories(folder.resolve("empty"));
    assertEquals(1, sweep(new SlurmCommands(Map.of("PATH", empty.toString())), cluster.launcher()));
    assertEquals("sweep: sbatch not found on PATH; --engine slurm runs where SLURM's commands (sbatch, squeue) are,"
        + " on a login node of the cluster", err.toString().trim());

    cluster.set("refuse", "sbatch: error: invalid partition specified: nope");
    assertEquals(1, sweep("--partition", "nope"));
    assertEquals(List.of("sweep: 4 runs, 0 already completed, 4 to submit",
        "sweep: sbatch refused the job: sbatch: error: invalid partition specified: nope"), err.toString().lines().toList());

    assertEquals(2, sweep("--time", "90 minutes"));
    assertTrue(err.toString().startsWith("sweep: --time must be minutes, MM:SS, HH:MM:SS"), err.toString());
    assertEquals(1, err.toString().lines().count());

    assertEquals(1, sweep(cluster.commands(), null));
    assertTrue(err.toString().contains("was not started by bin/sorn"), err.toString());
    assertEquals(1, err.toString().lines().count());
  }
}
