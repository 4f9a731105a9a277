package org.sorn.exporter.npy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.api.NetworkSnapshot;
import org.sorn.engine.SornState;
import org.sorn.recorders.SmallRecording;

/** The .npz and .npy files, taken apart byte by byte. */
class NumpyExportTest {
  @TempDir Path dir;

  @Test
  void writesOneArrayAndItsStepsPerRecorderIntoRecordingsNpz() throws IOException {
    SmallRecording.record(dir);

    assertEquals(List.of(dir.resolve("recordings.npz")), new NpzExporter().exportRecordings(dir));

    Map<String, NpyFile> arrays = read(dir.resolve("recordings.npz"));
    assertEquals(24, arrays.size());
    NpyFile x = arrays.get("ExcitatoryActivation");
    assertEquals("|u1", x.descr());
    assertArrayEquals(new long[] {3, 5}, x.shape());
    assertArrayEquals(new byte[] {1, 1, 0, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0, 0, 0}, x.bytes());
    assertArrayEquals(new long[] {0, 1, 2}, arrays.get("ExcitatoryActivation_steps").longs());
    NpyFile wee = arrays.get("WEE");
    assertEquals("<f8", wee.descr());
    assertArrayEquals(new long[] {2, 5, 5}, wee.shape());
    assertArrayEquals(new long[] {0, 2}, arrays.get("WEE_steps").longs());
    assertEquals(0.001, wee.doubles()[25 + 3 * 5 + 4], "W^EE[3][4] after step 2");
    NpyFile te = arrays.get("TE");
    assertArrayEquals(new long[] {3, 5}, te.shape());
    assertEquals(0.1 + 0.2, te.doubles()[0]);
    NpyFile counts = arrays.get("EEConnectionCounts");
    assertEquals("<i8", counts.descr());
    assertArrayEquals(new long[] {3}, counts.shape());
    assertArrayEquals(SmallRecording.EE_COUNTS, counts.longs());
    assertArrayEquals(new long[] {3, 2}, arrays.get("NetworkActivity").shape());
    assertArrayEquals(SmallRecording.ACTIVITY, arrays.get("NetworkActivity").longs());
    NpyFile spikes = arrays.get("SpikeEvents");
    assertEquals("<i4", spikes.descr());
    assertArrayEquals(new long[] {5, 2}, spikes.shape());
    assertArrayEquals(SmallRecording.SPIKES, spikes.ints());
  }

  @Test
  void writesTheSameArraysAsOneNpyFileEach() throws IOException {
    SmallRecording.record(dir);
    List<Path> files = new NpyExporter().exportRecordings(dir);
    assertEquals(24, files.size());
    NpzExporter.export(dir, false);
    Map<String, NpyFile> npz = read(dir.resolve("recordings.npz"));
    try (ZipFile zip = new ZipFile(dir.resolve("recordings.npz").toFile())) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
          assertArrayEquals(in.readAllBytes(), Files.readAllBytes(f), name);
        }
      }
    }
    assertEquals(npz.keySet().size(), files.size());
  }

  @Test
  void writesTheStateAsThePackagesStateDict() throws IOException {
    SornState state = SmallRecording.record(dir);
    NetworkSnapshot expected = state.toSnapshot();

    Path file = new NpzExporter().writeState(state, dir, "final-state");

    assertEquals(dir.resolve("final-state.npz"), file);
    Map<String, NpyFile> arrays = read(file);
    List<String> keys = new ArrayList<>(arrays.keySet());
    assertEquals(List.of("Wee", "Wei", "Wie", "Te", "Ti", "X", "Y"), keys);
    assertArrayEquals(new long[] {5, 5}, arrays.get("Wee").shape());
    assertArrayEquals(new long[] {1, 5}, arrays.get("Wei").shape());
    assertArrayEquals(new long[] {5, 1}, arrays.get("Wie").shape());
    assertArrayEquals(new long[] {5, 1}, arrays.get("Te").shape());
    assertArrayEquals(new long[] {1, 1}, arrays.get("Ti").shape());
    assertArrayEquals(new long[] {5, 2}, arrays.get("X").shape());
    assertArrayEquals(new long[] {1, 2}, arrays.get("Y").shape());
    assertArrayEquals(flat(expected.wee), arrays.get("Wee").doubles());
    assertArrayEquals(flat(expected.wei), arrays.get("Wei").doubles());
    assertArrayEquals(expected.te, arrays.get("Te").doubles());
    assertArrayEquals(flat(expected.x), arrays.get("X").doubles());
    assertEquals(file, new NpyExporter().writeState(state, dir, "final-state"));
  }

  @Test
  void refusesAnEmptyBaseName() throws IOException {
    SornState state = SmallRecording.record(dir);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new NpzExporter().writeState(state, dir, ""));
    assertEquals(
        "the exported state's base name must be a non-empty file name, got ''", e.getMessage());
  }

  @Test
  void exportsNothingFromARunThatRecordedNothing() throws IOException {
    assertEquals(List.of(), new NpzExporter().exportRecordings(dir));
    assertEquals(List.of(), new NpyExporter().exportRecordings(dir));
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void namesItsFormats() {
    assertEquals("npz", new NpzExporter().format());
    assertEquals("npy", new NpyExporter().format());
  }

  /** The arrays of an .npz, in archive order. */
  static Map<String, NpyFile> read(Path npz) throws IOException {
    Map<String, NpyFile> arrays = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(npz.toFile())) {
      for (ZipEntry e : zip.stream().toList()) {
        assertEquals(ZipEntry.STORED, e.getMethod());
        try (InputStream in = zip.getInputStream(e)) {
          arrays.put(e.getName().replaceFirst("\\.npy$", ""), NpyFile.parse(in.readAllBytes()));
        }
      }
    }
    return arrays;
  }

  private static double[] flat(double[][] m) {
    return Arrays.stream(m).flatMapToDouble(Arrays::stream).toArray();
  }
}
