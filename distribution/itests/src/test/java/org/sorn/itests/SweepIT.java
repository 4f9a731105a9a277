package org.sorn.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/**
 * {@code ./sorn sweep} as a user runs it, through the built workbench: four tiny runs in parallel,
 * summary.csv, a second invocation that skips what is done, and a sweep's run equal to the same
 * {@code sorn run} made by hand.
 */
public class SweepIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  public void aLocalSweepRunsEveryRunSummarisesThemAndContinuesWithoutRedoingThem() throws Exception {
    Path folder = WorkbenchProcess.workFolder("sweep-");
    Path file = Files.writeString(folder.resolve("tiny.json"), """
        {"base": {"ne": 20, "steps": 50, "noise": "off", "record": "NetworkActivity"},
         "vary": [{"eta-stdp": [0.002, 0.004]}], "seeds": 2, "seed": 11}""");
    Path out = folder.resolve("out");

    WorkbenchProcess.Outcome first =
        WorkbenchProcess.run(folder, List.of("sweep", file.toString(), "--out", out.toString(), "--jobs", "2"));

    assertEquals(first.describe(), 0, first.exitCode());
    JsonNode runs = JSON.readTree(out.resolve("sweep.json").toFile()).get("runs");
    assertEquals(4, runs.size());
    List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
    assertEquals("index,eta-stdp,seed,status,steps_done,mean_e_activity", summary.get(0));
    assertEquals(5, summary.size());
    for (int i = 0; i < 4; i++) {
      String[] cells = summary.get(i + 1).split(",");
      JsonNode run = JSON.readTree(out.resolve("runs/" + i + "/run.json").toFile());
      assertEquals(Integer.toString(i), cells[0]);
      assertEquals(i < 2 ? "0.002" : "0.004", cells[1]);
      assertEquals(runs.get(i).get("seed").asText(), cells[2]);
      assertEquals(run.get("seed").asText(), cells[2]);
      assertEquals("completed", cells[3]);
      assertEquals("50", cells[4]);
      double activity = Double.parseDouble(cells[5]);
      assertTrue(summary.get(i + 1), activity >= 0 && activity <= 1);
    }
    assertEquals(first.describe(), 4, first.stderrLines().stream().filter(l -> l.matches("run \\d  completed  .* s")).count());
    String startTime = JSON.readTree(out.resolve("runs/0/run.json").toFile()).get("start_time").asText();

    WorkbenchProcess.Outcome again =
        WorkbenchProcess.run(folder, List.of("sweep", file.toString(), "--out", out.toString()));

    assertEquals(again.describe(), 0, again.exitCode());
    assertTrue(again.describe(), again.stderr().contains("4 already completed, 0 to run"));
    assertEquals(startTime, JSON.readTree(out.resolve("runs/0/run.json").toFile()).get("start_time").asText());
    assertEquals(summary, Files.readAllLines(out.resolve("summary.csv")));

    // a sweep's run is the run its options describe, bit for bit
    List<String> byHand = new ArrayList<>(List.of("run"));
    runs.get(3).get("options").forEach(o -> byHand.add(o.asText()));
    byHand.addAll(List.of("--out", folder.resolve("by-hand").toString(), "--quiet"));
    WorkbenchProcess.Outcome single = WorkbenchProcess.run(folder, byHand);
    assertEquals(single.describe(), 0, single.exitCode());
    assertArrayEquals(Files.readAllBytes(folder.resolve("by-hand/final-state.json")),
        Files.readAllBytes(out.resolve("runs/3/final-state.json")));
  }

  @Test
  public void aFailingRunIsNamedAndTheOthersComplete() throws Exception {
    Path folder = WorkbenchProcess.workFolder("sweep-fail-");
    // lambda-ee above ne is refused by sorn run: that run fails, the other completes
    Path file = Files.writeString(folder.resolve("fail.json"), """
        {"base": {"ne": 20, "steps": 50, "noise": "off"},
         "vary": [{"lambda-ee": [10, 99]}], "seeds": [3]}""");
    Path out = folder.resolve("out");

    WorkbenchProcess.Outcome outcome = WorkbenchProcess.run(folder, List.of("sweep", file.toString(), "--out", out.toString()));

    assertEquals(outcome.describe(), 1, outcome.exitCode());
    assertTrue(outcome.describe(), outcome.stdout().contains("1 of 2 runs did not complete: 1"));
    List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
    assertTrue(summary.get(1), summary.get(1).contains(",completed,50,"));
    assertTrue(summary.get(2), summary.get(2).contains(",failed,"));
    assertEquals("2", Files.readString(out.resolve("runs/1/exit-code")).trim());
  }
}
