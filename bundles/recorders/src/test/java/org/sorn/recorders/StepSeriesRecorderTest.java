package org.sorn.recorders;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.api.NetworkSnapshot;
import org.sorn.api.Recorder;
import org.sorn.engine.SornState;

class StepSeriesRecorderTest {
  @TempDir Path dir;

  private static final boolean T = true;
  private static final boolean F = false;

  /** ne = 5, ni = 1: a few sparse W^EE and W^EI synapses, dense W^IE. */
  private static SornState smallState() {
    NetworkSnapshot s = new NetworkSnapshot();
    s.wee =
        new double[][] {
          {0, 0.25, 0, 0, 0.5},
          {0.75, 0, 0, 0, 0},
          {0, 0, 0, 0.125, 0},
          {0, 0.75, 1.0, 0, 0},
          {0.25, 0, 0, 0.875, 0}
        };
    s.wei = new double[][] {{1.0, 0, 0.5, 0, 1.0}};
    s.wie = new double[][] {{0.5}, {0}, {0.25}, {0.125}, {0.125}};
    s.te = new double[] {0.5, 0.25, 0.125, 0.75, 0.5};
    s.ti = new double[] {0.375};
    s.x = new double[][] {{0, 1}, {0, 0}, {0, 1}, {0, 0}, {0, 0}};
    s.y = new double[][] {{0, 1}};
    return SornState.of(s, 2);
  }

  @Test
  void recordsEveryCallbackOfEveryStepAsThePackageReportsIt() throws IOException {
    SornState state = smallState();
    RecordedRun run = new RecordedRun(dir, state, RecordedRun.all());
    boolean[][] xs = {{T, T, F, F, F}, {F, T, T, F, T}, {F, F, F, F, F}};
    boolean[][] ys = {{F}, {T}, {T}};
    boolean[][] rs = {{F, T, F, F, F}, {F, F, T, F, T}, {T, F, F, F, F}};
    List<double[][]> wee = new ArrayList<>();
    List<double[][]> wei = new ArrayList<>();
    List<double[]> te = new ArrayList<>();
    List<int[]> counts = new ArrayList<>();
    List<RecordedRun.Plasticity> plasticity =
        List.of(
            // prunes a stored synapse (it keeps its slot at 0.0) and moves a threshold
            s -> {
              s.wee().set(0, 1, 0.0);
              s.te()[0] = 0.1 + 0.2;
            },
            // a new synapse, stored between existing ones
            s -> {
              s.wee().set(3, 4, 0.001);
              s.wei().set(0, 1, 0.0625);
            },
            s -> s.te()[4] = 1.0);
    for (int t = 0; t < 3; t++) {
      NetworkSnapshot start = state.toSnapshot();
      counts.add(new int[] {positive(start.wee), positive(start.wei), positive(start.wie)});
      run.step(xs[t], ys[t], rs[t], plasticity.get(t));
      NetworkSnapshot end = state.toSnapshot();
      wee.add(end.wee);
      wei.add(end.wei);
      te.add(end.te);
    }
    run.close();

    assertArrayEquals(activity(xs), read(run, "ExcitatoryActivation", double[][].class));
    assertArrayEquals(activity(ys), read(run, "InhibitoryActivation", double[][].class));
    assertArrayEquals(activity(rs), read(run, "RecurrentActivation", double[][].class));
    assertArrayEquals(wee.toArray(double[][][]::new), read(run, "WEE", double[][][].class));
    assertArrayEquals(wei.toArray(double[][][]::new), read(run, "WEI", double[][][].class));
    assertArrayEquals(te.toArray(double[][]::new), read(run, "TE", double[][].class));
    double[] ti = {0.375};
    assertArrayEquals(new double[][] {ti, ti, ti}, read(run, "TI", double[][].class));
    List<String> countNames =
        List.of("EEConnectionCounts", "EIConnectionCounts", "IEConnectionCounts");
    for (int c = 0; c < 3; c++) {
      String name = countNames.get(c);
      int[] expected = {counts.get(0)[c], counts.get(1)[c], counts.get(2)[c]};
      assertArrayEquals(expected, read(run, name, int[].class), name);
    }
    // the pruned synapse leaves the count of the step after it
    assertArrayEquals(new int[] {8, 7, 8}, read(run, "EEConnectionCounts", int[].class));
    assertArrayEquals(new int[] {4, 4, 4}, read(run, "IEConnectionCounts", int[].class));
  }

  @Test
  void writesOneFilePerRecorderNamedAfterIt() throws IOException {
    RecordedRun run = new RecordedRun(dir, smallState(), RecordedRun.all());
    run.close();
    Set<String> names = new TreeSet<>();
    for (Recorder r : RecordedRun.all()) {
      names.add(r.name() + ".json");
      assertEquals("[]", Files.readString(run.file(r.name())), r.name());
    }
    try (var files = Files.list(dir)) {
      assertEquals(names, new TreeSet<>(files.map(f -> f.getFileName().toString()).toList()));
    }
  }

  @Test
  void writesDoublesThatReadBackBitForBitAndActivityAsDoubles() throws IOException {
    SornState state = smallState();
    RecordedRun run = new RecordedRun(dir, state, List.of(new Te(), new ExcitatoryActivation()));
    run.step(new boolean[] {T, F, F, F, F}, new boolean[] {F}, new boolean[5], s -> {
      s.te()[0] = 0.1 + 0.2;
      s.te()[1] = 1.0;
    });
    run.close();

    String te = Files.readString(run.file("TE"));
    assertTrue(te.startsWith("[[0.30000000000000004,1.0,"), te);
    double written = run.read("TE").get(0).get(0).doubleValue();
    assertEquals(Double.doubleToRawLongBits(0.1 + 0.2), Double.doubleToRawLongBits(written));
    assertEquals("[[1.0,0.0,0.0,0.0,0.0]]", Files.readString(run.file("ExcitatoryActivation")));
  }

  @Test
  void writesCountsAsIntegers() throws IOException {
    RecordedRun run = new RecordedRun(dir, smallState(), List.of(new EEConnectionCounts()));
    run.step(new boolean[5], new boolean[1], new boolean[5], s -> {});
    run.close();
    assertEquals("[8]", Files.readString(run.file("EEConnectionCounts")));
  }

  @Test
  void closingTwiceLeavesTheFileAsItWas() throws IOException {
    RecordedRun run = new RecordedRun(dir, smallState(), List.of(new Ti()));
    run.step(new boolean[5], new boolean[1], new boolean[5], s -> {});
    run.close();
    run.close();
    assertEquals("[[0.375]]", Files.readString(run.file("TI")));
  }

  @Test
  void publishesTheCallbackNames() {
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
            "IEConnectionCounts"),
        names);
  }

  private static <A> A read(RecordedRun run, String name, Class<A> type) throws IOException {
    JsonNode tree = run.read(name);
    return RecordedRun.MAPPER.treeToValue(tree, type);
  }

  private static double[][] activity(boolean[][] steps) {
    double[][] values = new double[steps.length][];
    for (int t = 0; t < steps.length; t++) {
      values[t] = new double[steps[t].length];
      for (int i = 0; i < steps[t].length; i++) {
        values[t][i] = steps[t][i] ? 1.0 : 0.0;
      }
    }
    return values;
  }

  private static int positive(double[][] w) {
    int n = 0;
    for (double[] row : w) {
      for (double v : row) {
        n += v > 0 ? 1 : 0;
      }
    }
    return n;
  }
}
