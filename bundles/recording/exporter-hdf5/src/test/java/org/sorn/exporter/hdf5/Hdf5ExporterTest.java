package org.sorn.exporter.hdf5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.api.NetworkSnapshot;
import org.sorn.engine.SornState;
import org.sorn.recorders.ExcitatoryActivation;
import org.sorn.recorders.RecordedRun;
import org.sorn.recorders.SmallRecording;
import org.sorn.recorders.SpikeEvents;
import org.sorn.recorders.Te;

/** recordings.h5 and final-state.h5, read back with jhdf. */
class Hdf5ExporterTest {
  static final String RUN_JSON =
      """
      {"run_id": "run-7", "seed": 42, "ne": 5, "phase": "plasticity", "noise": true,
       "noise_sigma": 0.04, "status": "running", "simulation_status": "completed",
       "failure": null,
       "parameters": {"eta_stdp": 0.004}, "recorders": ["WEE"]}
      """;

  @TempDir Path dir;

  @Test
  void writesOneDatasetPerRecorderAndItsSteps() throws IOException {
    SmallRecording.record(dir);
    Files.writeString(dir.resolve("run.json"), RUN_JSON);

    assertEquals(List.of(dir.resolve("recordings.h5")), new Hdf5Exporter().exportRecordings(dir));

    try (HdfFile h5 = new HdfFile(dir.resolve("recordings.h5"))) {
      Dataset x = h5.getDatasetByPath("ExcitatoryActivation");
      assertArrayEquals(new int[] {3, 5}, x.getDimensions());
      int[][] flags = (int[][]) x.getData();
      for (int t = 0; t < 3; t++) {
        for (int i = 0; i < 5; i++) {
          assertEquals(SmallRecording.X[t][i] ? 1 : 0, flags[t][i], "x[" + t + "][" + i + "]");
        }
      }
      assertArrayEquals(new long[] {0, 1, 2}, (long[]) data(h5, "ExcitatoryActivation_steps"));
      double[][][] wee = (double[][][]) data(h5, "WEE");
      assertEquals(2, wee.length);
      assertEquals(0.001, wee[1][3][4]);
      assertArrayEquals(new long[] {0, 2}, (long[]) data(h5, "WEE_steps"));
      assertEquals(0.1 + 0.2, ((double[][]) data(h5, "TE"))[0][0]);
      assertArrayEquals(SmallRecording.EE_COUNTS, (long[]) data(h5, "EEConnectionCounts"));
      long[][] activity = (long[][]) data(h5, "NetworkActivity");
      assertArrayEquals(new long[] {3, 1}, activity[1]);
      int[][] spikes = (int[][]) data(h5, "SpikeEvents");
      assertEquals(5, spikes.length);
      assertArrayEquals(new int[] {1, 4}, spikes[4]);
      assertEquals(24, h5.getChildren().size());
    }
  }

  @Test
  void describesTheRunInAttributesOfTheRootGroup() throws IOException {
    SmallRecording.record(dir);
    Files.writeString(dir.resolve("run.json"), RUN_JSON);
    new Hdf5Exporter().exportRecordings(dir);

    try (HdfFile h5 = new HdfFile(dir.resolve("recordings.h5"))) {
      assertEquals("run-7", h5.getAttribute("run_id").getData());
      assertEquals(42L, h5.getAttribute("seed").getData());
      assertEquals(0.04, h5.getAttribute("noise_sigma").getData());
      assertEquals((byte) 1, h5.getAttribute("noise").getData());
      assertEquals("completed", h5.getAttribute("simulation_status").getData());
      // run.json says "running" while the formats are written: the outcome is run.json's alone
      assertNull(h5.getAttribute("status"));
      // only scalars: no null, list or object
      assertNull(h5.getAttribute("failure"));
      assertNull(h5.getAttribute("parameters"));
      assertNull(h5.getAttribute("recorders"));
      assertNull(h5.getAttribute("_jHDF"), "jhdf's own attribute, which names no version here");
    }
  }

  @Test
  void takesTheRunFactsTheRecordersKeptWithoutARunRecord() throws IOException {
    SmallRecording.record(dir);
    new Hdf5Exporter().exportRecordings(dir);
    try (HdfFile h5 = new HdfFile(dir.resolve("recordings.h5"))) {
      assertEquals("test-run", h5.getAttribute("run_id").getData());
      assertEquals(5L, h5.getAttribute("ne").getData());
      assertEquals(3L, h5.getAttribute("steps").getData());
    }
  }

  @Test
  void leavesOutARecorderThatRecordedNothing() throws IOException {
    RecordedRun run =
        new RecordedRun(
            dir,
            RecordedRun.smallState(),
            List.of(new Te(), new SpikeEvents()),
            Map.of("record.TE.from", 5.0),
            3);
    for (int t = 0; t < 3; t++) {
      run.step(new boolean[5], new boolean[1], new boolean[5], s -> {});
    }
    run.close();

    new Hdf5Exporter().exportRecordings(dir);

    try (HdfFile h5 = new HdfFile(dir.resolve("recordings.h5"))) {
      assertFalse(h5.getChildren().containsKey("TE"));
      // three steps observed, no spike in them
      assertFalse(h5.getChildren().containsKey("SpikeEvents"));
      assertEquals(0, h5.getChildren().size());
    }
  }

  @Test
  void streamsLongRecordingsIntoTheirPlaces() throws IOException {
    SplittableRandom random = new SplittableRandom(3);
    int ne = 50;
    RecordedRun run =
        new RecordedRun(
            dir,
            RecordedRun.randomState(random, ne),
            List.of(new ExcitatoryActivation()),
            Map.of(),
            3000);
    boolean[][] flags = new boolean[3000][ne];
    for (boolean[] x : flags) {
      for (int i = 0; i < ne; i++) {
        x[i] = random.nextInt(3) == 0;
      }
      run.step(x, new boolean[10], new boolean[ne], state -> {});
    }
    run.close();

    new Hdf5Exporter().exportRecordings(dir);

    try (HdfFile h5 = new HdfFile(dir.resolve("recordings.h5"))) {
      int[][] read = (int[][]) data(h5, "ExcitatoryActivation");
      for (int t = 0; t < 3000; t++) {
        for (int i = 0; i < ne; i++) {
          assertEquals(flags[t][i] ? 1 : 0, read[t][i], "step " + t + " unit " + i);
        }
      }
      assertEquals(2999L, ((long[]) data(h5, "ExcitatoryActivation_steps"))[2999]);
    }
  }

  @Test
  void replacesTheFileOfAnEarlierExport() throws IOException {
    Files.write(dir.resolve("recordings.h5"), new byte[5_000_000]);
    SmallRecording.record(dir);
    new Hdf5Exporter().exportRecordings(dir);
    assertTrue(Files.size(dir.resolve("recordings.h5")) < 100_000);
    try (HdfFile h5 = new HdfFile(dir.resolve("recordings.h5"))) {
      assertArrayEquals(SmallRecording.EE_COUNTS, (long[]) data(h5, "EEConnectionCounts"));
    }
  }

  @Test
  void writesTheStateInTheGroupFinalState() throws IOException {
    SornState state = SmallRecording.record(dir);
    NetworkSnapshot expected = state.toSnapshot();

    Path file = new Hdf5Exporter().writeState(state, dir, "final-state");

    assertEquals(dir.resolve("final-state.h5"), file);
    try (HdfFile h5 = new HdfFile(file)) {
      assertArrayEquals(expected.wee, (double[][]) data(h5, "final_state/Wee"));
      assertArrayEquals(expected.wei, (double[][]) data(h5, "final_state/Wei"));
      assertArrayEquals(expected.wie, (double[][]) data(h5, "final_state/Wie"));
      double[][] te = (double[][]) data(h5, "final_state/Te");
      assertEquals(5, te.length);
      assertEquals(0.1 + 0.2, te[0][0]);
      assertArrayEquals(new int[] {1, 1}, h5.getDatasetByPath("final_state/Ti").getDimensions());
      assertArrayEquals(expected.x, (double[][]) data(h5, "final_state/X"));
      assertArrayEquals(expected.y, (double[][]) data(h5, "final_state/Y"));
    }
  }

  @Test
  void refusesAnEmptyBaseNameAndExportsNothingWithoutRecordings() throws IOException {
    SornState state = RecordedRun.smallState();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new Hdf5Exporter().writeState(state, dir, ""));
    assertEquals(
        "the exported state's base name must be a non-empty file name, got ''", e.getMessage());
    assertEquals(List.of(), new Hdf5Exporter().exportRecordings(dir));
    assertEquals("hdf5", new Hdf5Exporter().format());
  }

  private static Object data(HdfFile h5, String path) {
    return h5.getDatasetByPath(path).getData();
  }
}
