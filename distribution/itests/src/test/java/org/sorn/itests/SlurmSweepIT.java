package org.sorn.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.sorn.testkit.ExternalProgram;

/**
 * {@code ./sorn sweep --engine slurm} against a real single-node SLURM cluster that this class
 * starts and stops (src/test/slurm/cluster.sh; needs root and the Debian packages munge slurmctld
 * slurmd slurm-client, else skipped, or failed under CI=true): the same sweep on the cluster and
 * on this machine gives the same results byte for byte; a failed run is reported, and {@code
 * --resubmit} submits only it.
 */
public class SlurmSweepIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  // fields that differ between two runs of the same options: when, and the JVM's own run counter
  private static final List<String> TIMING = List.of("start_time", "end_time", "run_id");

  private static Path cluster;

  @BeforeClass
  public static void startCluster() throws Exception {
    cluster = Files.createDirectories(DistributionBundles.work().resolve("slurm-cluster"));
    Outcome start = clusterScript("start");
    // 3: not root, packages missing, or a real cluster's slurm.conf here
    ExternalProgram.assumeInstalled(start.exitCode() != 3,
        "no SLURM test cluster here (needs root and apt-get install --no-install-recommends munge"
            + " slurmctld slurmd slurm-client; " + start.output().strip() + ")",
        "the SLURM sweep test");
    assertEquals("cluster.sh start: " + start.output(), 0, start.exitCode());
  }

  @AfterClass
  public static void stopCluster() throws Exception {
    if (cluster != null) {
      clusterScript("stop");
    }
  }

  @Test
  public void aSlurmSweepGivesTheLocalResultsAndResubmitsOnlyTheRunThatFailed() throws Exception {
    Path folder = WorkbenchProcess.workFolder("slurm-sweep-");
    Path file = Files.writeString(folder.resolve("grid.json"), """
        {"base": {"ne": 30, "steps": 300, "noise": "off", "record": "NetworkActivity"},
         "vary": [{"eta-stdp": [0.002, 0.004]}], "seeds": 2, "seed": 7}""");
    Path local = folder.resolve("local");
    Path slurm = folder.resolve("slurm");
    List<String> onSlurm = List.of("sweep", file.toString(), "--out", slurm.toString(), "--engine", "slurm",
        "--partition", "debug", "--time", "00:05:00", "--mem", "500M", "--cpus-per-task", "1", "--max-concurrent", "2");

    WorkbenchProcess.Outcome here =
        WorkbenchProcess.run(folder, List.of("sweep", file.toString(), "--out", local.toString()));
    WorkbenchProcess.Outcome submitted = WorkbenchProcess.run(folder, with(onSlurm, "--no-wait"));
    WorkbenchProcess.Outcome followed = WorkbenchProcess.run(folder, onSlurm);

    assertEquals(submitted.describe(), 0, submitted.exitCode());
    String job = JSON.readTree(slurm.resolve("slurm/job.json").toFile()).get("job_id").asText();
    assertTrue(submitted.describe(), submitted.stdout().contains("sweep: job " + job + " has runs queued or running"));
    assertEquals(here.describe(), 0, here.exitCode());
    assertEquals(followed.describe(), 0, followed.exitCode());
    assertTrue(followed.describe(), followed.stderr().contains("sweep: job " + job + " still has "));
    assertEquals("the second call followed the first job", job,
        JSON.readTree(slurm.resolve("slurm/job.json").toFile()).get("job_id").asText());
    String script = Files.readString(slurm.resolve("slurm/sweep.sbatch"));
    assertTrue(script, script.contains("#SBATCH --array=0-3%2\n") && script.contains("#SBATCH --mem=500M\n"));
    assertTrue(Files.isRegularFile(slurm.resolve("slurm/" + job + "_3.out")));
    assertEquals(Files.readAllLines(local.resolve("summary.csv")), Files.readAllLines(slurm.resolve("summary.csv")));
    for (int run = 0; run < 4; run++) {
      assertSameResults(local, slurm, run);
    }

    // run 3 lost its results and failed: reported, left alone without --resubmit, redone alone with it
    Path run3 = slurm.resolve("runs/3");
    deleteTree(run3);
    Files.createDirectories(run3);
    Files.writeString(run3.resolve("exit-code"), "1\n");
    WorkbenchProcess.Outcome reported = WorkbenchProcess.run(folder, onSlurm);
    assertEquals(reported.describe(), 1, reported.exitCode());
    assertTrue(reported.describe(), reported.stdout().contains(
        "1 of 4 runs did not complete: 3; run the same command with --resubmit to submit them again"));
    assertTrue(reported.describe(), reported.stderr().contains("job " + job + " has ended; with --resubmit, the run that did not complete is submitted again"));
    assertTrue(Files.readAllLines(slurm.resolve("summary.csv")).get(4).contains(",failed,"));

    WorkbenchProcess.Outcome resubmitted = WorkbenchProcess.run(folder, with(onSlurm, "--resubmit"));
    assertEquals(resubmitted.describe(), 0, resubmitted.exitCode());
    assertTrue(Files.readString(slurm.resolve("slurm/sweep.sbatch")).contains("#SBATCH --array=3%2\n"));
    assertTrue(resubmitted.describe(), resubmitted.stderr().contains("4 runs, 3 already completed, 1 to submit"));
    assertTrue(resubmitted.describe(), resubmitted.stderr().lines().filter(l -> l.startsWith("run ")).toList()
        .equals(List.of("run 3  completed")));
    assertEquals(Files.readAllLines(local.resolve("summary.csv")), Files.readAllLines(slurm.resolve("summary.csv")));
    assertSameResults(local, slurm, 3);
  }

  /** Every file of the run is the same, run.json and the recordings' metadata up to when and where. */
  private static void assertSameResults(Path local, Path slurm, int run) throws IOException {
    Path a = local.resolve("runs/" + run);
    Path b = slurm.resolve("runs/" + run);
    List<String> files = files(a);
    assertEquals("the files of run " + run, files, files(b));
    assertTrue(files.toString(), files.contains("final-state.json") && files.contains("NetworkActivity.json"));
    for (String name : files) {
      byte[] left = Files.readAllBytes(a.resolve(name));
      byte[] right = Files.readAllBytes(b.resolve(name));
      if (name.equals("run.json") || name.endsWith(".meta.json")) {
        assertEquals("run " + run + " " + name, comparable(left, a), comparable(right, b));
      } else {
        assertArrayEquals("run " + run + " " + name, left, right);
      }
    }
  }

  /** The JSON without its timing fields and with the run's folder written as RUN. */
  private static JsonNode comparable(byte[] json, Path runFolder) throws IOException {
    JsonNode tree = JSON.readTree(json);
    strip(tree, runFolder.toString());
    return tree;
  }

  private static void strip(JsonNode node, String runFolder) {
    if (node instanceof ObjectNode object) {
      object.remove(TIMING);
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (field.getValue().isTextual()) {
          field.setValue(TextNode.valueOf(field.getValue().asText().replace(runFolder, "RUN")));
        } else {
          strip(field.getValue(), runFolder);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        if (node.get(i).isTextual()) {
          ((ArrayNode) node).set(i, TextNode.valueOf(node.get(i).asText().replace(runFolder, "RUN")));
        } else {
          strip(node.get(i), runFolder);
        }
      }
    }
  }

  private static List<String> files(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static List<String> with(List<String> arguments, String option) {
    List<String> all = new ArrayList<>(arguments);
    all.add(option);
    return all;
  }

  private record Outcome(int exitCode, String output) {}

  private static Outcome clusterScript(String action) throws IOException, InterruptedException {
    Path script = Path.of(System.getProperty("basedir", ".")).resolve("src/test/slurm/cluster.sh");
    Path log = Files.createTempFile(cluster, "cluster-" + action + "-", ".txt");
    Process process = new ProcessBuilder("bash", script.toString(), action, cluster.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    process.getOutputStream().close();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("cluster.sh " + action + " did not end within 90 s: " + Files.readString(log));
    }
    return new Outcome(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8).trim());
  }
}
