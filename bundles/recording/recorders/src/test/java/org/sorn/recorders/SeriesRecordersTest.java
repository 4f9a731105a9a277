package org.sorn.recorders;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.api.NetworkSnapshot;
import org.sorn.api.Recorder;
import org.sorn.api.StepListener;
import org.sorn.engine.SornState;
import org.sorn.recording.Encoding;
import org.sorn.recording.SeriesReader;
import org.sorn.recording.StepWindow;

class SeriesRecordersTest {
  @TempDir Path dir;

  private static final boolean T = true;
  private static final boolean F = false;

  @Test
  void recordsEveryCallbackOfEveryStepAsThePackageReportsIt() throws IOException {
    SornState state = RecordedRun.smallState();
    RecordedRun run = new RecordedRun(dir, state, RecordedRun.all());
    boolean[][] xs = SmallRecording.X;
    boolean[][] ys = SmallRecording.Y;
    boolean[][] rs = SmallRecording.R;
    List<double[][]> wee = new ArrayList<>();
    List<double[][]> wei = new ArrayList<>();
    List<double[]> te = new ArrayList<>();
    List<long[]> counts = new ArrayList<>();
    for (int t = 0; t < 3; t++) {
      NetworkSnapshot start = state.toSnapshot();
      counts.add(new long[] {positive(start.wee), positive(start.wei), positive(start.wie)});
      run.step(xs[t], ys[t], rs[t], SmallRecording.PLASTICITY.get(t));
      NetworkSnapshot end = state.toSnapshot();
      wee.add(end.wee);
      wei.add(end.wei);
      te.add(end.te);
    }
    run.close();

    assertArrayEquals(xs, Series.flags(run.read("ExcitatoryActivation")));
    assertArrayEquals(ys, Series.flags(run.read("InhibitoryActivation")));
    assertArrayEquals(rs, Series.flags(run.read("RecurrentActivation")));
    assertArrayEquals(wee.toArray(double[][][]::new), Series.matrices(run.read("WEE")));
    assertArrayEquals(wei.toArray(double[][][]::new), Series.matrices(run.read("WEI")));
    assertArrayEquals(te.toArray(double[][]::new), Series.reals(run.read("TE")));
    double[] ti = {0.375};
    assertArrayEquals(new double[][] {ti, ti, ti}, Series.reals(run.read("TI")));
    List<String> countNames =
        List.of("EEConnectionCounts", "EIConnectionCounts", "IEConnectionCounts");
    for (int c = 0; c < 3; c++) {
      String name = countNames.get(c);
      long[] expected = {counts.get(0)[c], counts.get(1)[c], counts.get(2)[c]};
      assertArrayEquals(expected, Series.counts(run.read(name)), name);
    }
    // the pruned synapse leaves the count of the step after it
    assertArrayEquals(
        SmallRecording.EE_COUNTS, Series.counts(run.read("EEConnectionCounts")));
    assertArrayEquals(new long[] {4, 4, 4}, Series.counts(run.read("IEConnectionCounts")));
    assertArrayEquals(SmallRecording.ACTIVITY, Series.counts(run.read("NetworkActivity")));
    assertArrayEquals(
        new int[][] {{0, 1}, {1, 2, 4}, {}}, Series.lists(run.read("SpikeEvents")));
  }

  @Test
  void writesOneStoreFileAndOneSidecarPerRecorder() throws IOException {
    RecordedRun run = new RecordedRun(dir, RecordedRun.smallState(), RecordedRun.all());
    run.close();
    Set<String> names = new TreeSet<>();
    for (Recorder r : RecordedRun.all()) {
      SeriesReader series = run.read(r.name());
      names.add(series.layout().dataFile());
      names.add(series.layout().sidecarFile());
      assertEquals(0, series.entries(), r.name());
    }
    try (var files = Files.list(dir.resolve("data"))) {
      assertEquals(names, new TreeSet<>(files.map(f -> f.getFileName().toString()).toList()));
    }
    assertTrue(
        names.containsAll(
            Set.of(
                "ExcitatoryActivation.bits",
                "WEE.f64",
                "EEConnectionCounts.i64",
                "SpikeEvents.i32")),
        names.toString());
  }

  @Test
  void describesTheShapeOfAnEntryForTheRun() throws IOException {
    RecordedRun run = new RecordedRun(dir, RecordedRun.smallState(), RecordedRun.all());
    run.close();
    assertEquals(List.of(5, 5), run.read("WEE").layout().entryShape());
    assertEquals(List.of(1, 5), run.read("WEI").layout().entryShape());
    assertEquals(List.of(1), run.read("InhibitoryActivation").layout().entryShape());
    assertEquals(List.of(), run.read("EIConnectionCounts").layout().entryShape());
    assertEquals(List.of(2), run.read("NetworkActivity").layout().entryShape());
    assertEquals(Encoding.COUNTED_INT32, run.read("SpikeEvents").layout().encoding());
    assertEquals("test-run", run.read("TE").layout().run().get("run_id"));
  }

  @Test
  void recordsOnlyTheStepsOfItsWindow() throws IOException {
    SornState state = RecordedRun.smallState();
    Map<String, Double> options =
        Map.of(
            "record.WEE.every", 3.0,
            "record.ExcitatoryActivation.from", 2.0,
            "record.ExcitatoryActivation.to", 5.0,
            "record.every", 2.0);
    RecordedRun run =
        new RecordedRun(
            dir,
            state,
            List.of(new Wee(), new ExcitatoryActivation(), new EEConnectionCounts()),
            options,
            10);
    for (int t = 0; t < 10; t++) {
      boolean[] x = new boolean[5];
      x[t % 5] = true;
      int step = t;
      run.step(x, new boolean[1], new boolean[5], s -> s.wee().set(0, 1, step));
    }
    run.close();

    SeriesReader wee = run.read("WEE");
    assertEquals(new StepWindow(0, 10, 3), wee.layout().window());
    double[][][] snapshots = Series.matrices(wee);
    assertEquals(4, snapshots.length);
    for (int k = 0; k < 4; k++) {
      assertEquals(3 * k, snapshots[k][0][1], "snapshot of step " + wee.step(k));
    }
    SeriesReader x = run.read("ExcitatoryActivation");
    assertEquals(new StepWindow(2, 5, 2), x.layout().window());
    boolean[][] flags = Series.flags(x);
    assertEquals(2, flags.length);
    assertArrayEquals(new boolean[] {F, F, T, F, F}, flags[0]);
    assertArrayEquals(new boolean[] {F, F, F, F, T}, flags[1]);
    assertEquals(5, run.read("EEConnectionCounts").entries());
  }

  @Test
  void aResumedRunContinuesFromTheCheckpointedPositions() throws IOException {
    List<Recorder> recorders = List.of(new ExcitatoryActivation(), new SpikeEvents(), new Te());
    RecordedRun first = new RecordedRun(dir, RecordedRun.smallState(), recorders);
    for (int t = 0; t < 3; t++) {
      first.step(activeUnit(t), new boolean[1], new boolean[5], s -> {});
    }
    List<Map<String, Object>> positions = new ArrayList<>();
    for (StepListener l : first.listeners()) {
      positions.add(l.checkpoint());
    }
    // steps made after the checkpoint, then a kill: nothing is closed
    first.step(activeUnit(4), new boolean[1], new boolean[5], s -> {});
    first.step(activeUnit(4), new boolean[1], new boolean[5], s -> {});

    RecordedRun resumed = new RecordedRun(dir, RecordedRun.smallState(), recorders);
    for (int i = 0; i < positions.size(); i++) {
      resumed.listeners().get(i).restore(positions.get(i));
    }
    resumed.continueAt(3);
    for (int t = 3; t < 5; t++) {
      resumed.step(activeUnit(t), new boolean[1], new boolean[5], s -> {});
    }
    resumed.close();

    boolean[][] expected = new boolean[5][];
    for (int t = 0; t < 5; t++) {
      expected[t] = activeUnit(t);
    }
    assertArrayEquals(expected, Series.flags(resumed.read("ExcitatoryActivation")));
    assertArrayEquals(
        new int[][] {{0}, {1}, {2}, {3}, {4}}, Series.lists(resumed.read("SpikeEvents")));
    assertEquals(5, resumed.read("TE").entries());
  }

  @Test
  void refusesOptionsThatAreNoWindow() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new RecordedRun(
                    dir,
                    RecordedRun.smallState(),
                    List.of(new Wee()),
                    Map.of("record.WEE.every", 0.0),
                    10));
    assertEquals("record.WEE.every must be a whole number of steps >= 1, got 0.0", e.getMessage());
  }

  @Test
  void publishesTheCallbackNamesAndWhatStudiesAdd() {
    List<String> names = RecordedRun.all().stream().map(Recorder::name).toList();
    assertEquals(
        List.of(
            "ExcitatoryActivation",
            "InhibitoryActivation",
            "RecurrentActivation",
            "WEE",
            "WEI",
            "TE",
            "TI",
            "EEConnectionCounts",
            "EIConnectionCounts",
            "IEConnectionCounts",
            "NetworkActivity",
            "SpikeEvents"),
        names);
  }

  private static boolean[] activeUnit(int unit) {
    boolean[] x = new boolean[5];
    x[unit] = true;
    return x;
  }

  private static long positive(double[][] w) {
    long n = 0;
    for (double[] row : w) {
      for (double v : row) {
        n += v > 0 ? 1 : 0;
      }
    }
    return n;
  }
}
