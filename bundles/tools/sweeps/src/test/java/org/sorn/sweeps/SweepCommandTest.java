package org.sorn.sweeps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command against a stand-in for the workbench's command line that writes what a run writes. */
class SweepCommandTest {
  @TempDir Path folder;

  /** Writes run.json and NetworkActivity.json as a run does; fails the runs with eta-stdp = failing. */
  private static final class FakeWorkbench implements ToIntFunction<String[]> {
    final Set<String> ran = ConcurrentHashMap.newKeySet();
    volatile String failing = "none";

    @Override
    public int applyAsInt(String[] args) {
      List<String> a = List.of(args);
      Path out = Path.of(a.get(a.indexOf("--out") + 1));
      ran.add(out.getFileName().toString());
      boolean fails = a.get(a.indexOf("--eta-stdp") + 1).equals(failing);
      try {
        Files.createDirectories(out);
        Files.writeString(out.resolve("run.json"), "{\"status\": \"" + (fails ? "failed" : "completed")
            + "\", \"failure\": " + (fails ? "\"diverged\"" : "null") + ", \"steps_done\": 50, \"ne\": 20}");
        Files.writeString(out.resolve("NetworkActivity.json"), "[[2,0],[4,1]]");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return fails ? 1 : 0;
    }
  }

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int sweep(FakeWorkbench workbench, Path file, Path dir) {
    out.reset();
    err.reset();
    return new SweepCommand(workbench).run(List.of(file.toString(), "--out", dir.toString(), "--jobs", "2"),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private Path sweepFile() throws IOException {
    return Files.writeString(folder.resolve("sweep.json"), """
        {"base": {"ne": 20, "steps": 50, "noise": "off", "record": "NetworkActivity"},
         "vary": [{"eta-stdp": [0.002, 0.004]}], "seeds": 2, "seed": 1}""");
  }

  @Test
  void runsEveryRunWritesTheExpansionAndTheSummaryAndSkipsCompletedRunsTheNextTime() throws IOException {
    FakeWorkbench workbench = new FakeWorkbench();
    Path dir = folder.resolve("out");

    assertEquals(0, sweep(workbench, sweepFile(), dir), err.toString());
    assertEquals(Set.of("0", "1", "2", "3"), workbench.ran);
    assertTrue(Files.isRegularFile(dir.resolve("sweep.json")));
    List<String> summary = Files.readAllLines(dir.resolve("summary.csv"));
    assertEquals("index,eta-stdp,seed,status,steps_done,mean_e_activity", summary.get(0));
    assertEquals("2,0.004," + RunSeeds.of(1, 2) + ",completed,50,0.15", summary.get(3));
    assertEquals(4, err.toString().lines().filter(l -> l.startsWith("run ")).count(), err.toString());
    assertEquals("0", Files.readString(dir.resolve("runs/3/exit-code")).trim());

    workbench.ran.clear();
    assertEquals(0, sweep(workbench, sweepFile(), dir));
    assertEquals(Set.of(), workbench.ran);
    assertTrue(err.toString().contains("4 already completed, 0 to run"), err.toString());
  }

  @Test
  void aFailingRunIsReportedTheOthersGoOnAndOnlyItRunsAgain() throws IOException {
    FakeWorkbench workbench = new FakeWorkbench();
    workbench.failing = "0.004";
    Path dir = folder.resolve("out");

    assertEquals(1, sweep(workbench, sweepFile(), dir));
    assertEquals(Set.of("0", "1", "2", "3"), workbench.ran);
    assertTrue(out.toString().contains("2 of 4 runs did not complete: 2, 3"), out.toString());
    assertTrue(err.toString().contains("run 2  failed"), err.toString());
    assertTrue(Files.readAllLines(dir.resolve("summary.csv")).get(4).contains(",failed,"));

    workbench.ran.clear();
    workbench.failing = "none";
    assertEquals(0, sweep(workbench, sweepFile(), dir));
    assertEquals(Set.of("2", "3"), workbench.ran);
  }

  @Test
  void aFolderWithAnotherSweepIsRefused() throws IOException {
    FakeWorkbench workbench = new FakeWorkbench();
    Path dir = folder.resolve("out");
    assertEquals(0, sweep(workbench, sweepFile(), dir));
    Path other = Files.writeString(folder.resolve("other.json"), """
        {"base": {"ne": 20, "steps": 50}, "vary": [{"eta-stdp": [0.003]}], "seeds": 2, "seed": 1}""");

    assertEquals(2, sweep(workbench, other, dir));
    assertTrue(err.toString().contains("holds another sweep"), err.toString());
  }

  @Test
  void aSweepWithSmallListedSeedsContinuesInItsOwnFolder() throws IOException {
    FakeWorkbench workbench = new FakeWorkbench();
    Path dir = folder.resolve("out");
    Path listed = Files.writeString(folder.resolve("listed.json"), """
        {"base": {"ne": 20, "steps": 50}, "vary": [{"eta-stdp": [0.002, 0.004]}], "seeds": [3]}""");
    assertEquals(0, sweep(workbench, listed, dir), err.toString());

    assertEquals(0, sweep(workbench, listed, dir), err.toString());
    assertTrue(err.toString().contains("2 already completed, 0 to run"), err.toString());
  }

  @Test
  void wrongArgumentsAndFilesAreOneLineAndExitTwo() throws IOException {
    FakeWorkbench workbench = new FakeWorkbench();
    assertEquals(2, sweep(workbench, folder.resolve("absent.json"), folder.resolve("out")));
    assertTrue(err.toString().startsWith("sweep: no sweep file"), err.toString());
    Path bad = Files.writeString(folder.resolve("bad.json"), "{\"seeds\": 2}");
    assertEquals(2, sweep(workbench, bad, folder.resolve("out")));
    assertTrue(err.toString().contains("\"seed\" (the sweep's seed, an integer) is required"), err.toString());
    assertEquals(1, err.toString().lines().count());
  }
}
