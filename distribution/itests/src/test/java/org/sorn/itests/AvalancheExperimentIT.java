package org.sorn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;

/**
 * {@code ./sorn experiment avalanches} through the built workbench, as a user starts it, on two
 * small networks for seconds: every condition measured, the table with the heavy-tail verdicts,
 * the figures, and the variants of the paper's set-up found in the distribution.
 */
public class AvalancheExperimentIT {

  @Test
  public void theAvalancheExperimentRunsEveryConditionAndWritesItsResults() throws Exception {
    Path work = WorkbenchProcess.workFolder("avalanches-");
    WorkbenchProcess.Outcome o = WorkbenchProcess.run(work, List.of("experiment", "avalanches",
        "--seeds", "1,2", "--ne", "40", "--transient", "3000", "--measured", "3000",
        "--onset-trials", "2", "--bootstraps", "10", "--out", "av"));
    assertEquals(o.describe(), 0, o.exitCode());
    Path out = work.resolve("av");
    assertTrue(o.stdout(), o.stdout().startsWith("wrote " + Path.of("av", "results.md")));
    List<String> csv = Files.readAllLines(out.resolve("results.csv"));
    assertEquals(List.of("plastic", "frozen", "static", "onset", "readaptation"),
        csv.subList(1, csv.size()).stream().map(l -> l.split(",")[0]).toList());
    String md = Files.readString(out.resolve("results.md"));
    assertTrue(md, md.contains("## Verdicts (Clauset, Shalizi and Newman 2009)"));
    for (String png : List.of("sizes.png", "durations.png", "scaling.png", "connections.png")) {
      assertTrue(png, Files.size(out.resolve(png)) > 1000);
    }
    assertTrue(o.stderr(), o.stderr().contains("[seed 1] readaptation: 3,000 steps"));
  }
}
