package org.sorn.recording;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesStoreTest {
  private static final boolean T = true;
  private static final boolean F = false;

  @TempDir Path run;

  private static SeriesLayout layout(String name, Encoding e, List<Integer> shape, StepWindow w) {
    return new SeriesLayout(name, "test", e, shape, w, Map.of("ne", 10L, "phase", "plasticity"));
  }

  @Test
  void packsFlagsEightPerByteLeastSignificantBitFirst() throws IOException {
    SeriesLayout l = layout("X", Encoding.BITS, List.of(10), StepWindow.all(2));
    try (BitSeriesWriter w = new BitSeriesWriter(run, l)) {
      w.write(0, new boolean[] {T, F, F, F, F, F, F, T, F, T});
      w.write(1, new boolean[] {F, T, T, F, F, F, F, F, T, F});
    }
    byte[] bytes = Files.readAllBytes(run.resolve("data/X.bits"));
    assertArrayEquals(new byte[] {(byte) 0x81, 0x02, 0x06, 0x01}, bytes);

    try (SeriesReader r = SeriesReader.open(run, l)) {
      assertEquals(2, r.entries());
      boolean[] flags = new boolean[10];
      r.readBits(flags);
      assertArrayEquals(new boolean[] {T, F, F, F, F, F, F, T, F, T}, flags);
      r.readBits(flags);
      assertArrayEquals(new boolean[] {F, T, T, F, F, F, F, F, T, F}, flags);
    }
  }

  @Test
  void writesNumbersLittleEndian() throws IOException {
    SeriesLayout counts = layout("C", Encoding.INT64, List.of(), StepWindow.all(2));
    SeriesLayout te = layout("TE", Encoding.FLOAT64, List.of(2), StepWindow.all(1));
    try (LongSeriesWriter c = new LongSeriesWriter(run, counts);
        DoubleSeriesWriter d = new DoubleSeriesWriter(run, te)) {
      c.write(0, 258);
      c.write(1, -1);
      d.write(0, new double[] {1.0, 0.1 + 0.2});
    }
    ByteBuffer expected = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
    expected.putLong(258).putLong(-1);
    assertArrayEquals(expected.array(), Files.readAllBytes(run.resolve("data/C.i64")));
    assertArrayEquals(
        new byte[] {2, 1, 0, 0, 0, 0, 0, 0, -1, -1, -1, -1, -1, -1, -1, -1},
        Files.readAllBytes(run.resolve("data/C.i64")));
    ByteBuffer doubles = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
    doubles.putDouble(1.0).putDouble(0.1 + 0.2);
    assertArrayEquals(doubles.array(), Files.readAllBytes(run.resolve("data/TE.f64")));
    try (SeriesReader r = SeriesReader.open(run, te)) {
      assertEquals(1.0, r.readDouble());
      long bits = Double.doubleToRawLongBits(r.readDouble());
      assertEquals(Double.doubleToRawLongBits(0.1 + 0.2), bits);
    }
  }

  @Test
  void writesMatricesElementByElementAndChecksTheirSize() throws IOException {
    SeriesLayout l = layout("W", Encoding.FLOAT64, List.of(2, 3), StepWindow.all(1));
    try (DoubleSeriesWriter w = new DoubleSeriesWriter(run, l)) {
      w.begin(0);
      for (int i = 0; i < 5; i++) {
        w.put(i);
      }
      IllegalStateException e = assertThrows(IllegalStateException.class, w::end);
      assertEquals("series W needs 6 numbers per entry, got 5", e.getMessage());
    }
  }

  @Test
  void writesListsAsCountThenValues() throws IOException {
    SeriesLayout l = layout("S", Encoding.COUNTED_INT32, List.of(10), new StepWindow(5, 20, 5));
    try (EventSeriesWriter w = new EventSeriesWriter(run, l)) {
      w.write(5, new int[] {3, 7, 0}, 2);
      w.write(10, new int[0], 0);
      w.write(15, new int[] {9}, 1);
    }
    ByteBuffer expected = ByteBuffer.allocate(28).order(ByteOrder.LITTLE_ENDIAN);
    expected.putInt(2).putInt(3).putInt(7).putInt(0).putInt(1).putInt(9);
    assertArrayEquals(
        Arrays.copyOf(expected.array(), 24), Files.readAllBytes(run.resolve("data/S.i32")));
    try (SeriesReader r = SeriesReader.open(run, l)) {
      assertEquals(3, r.entries());
      assertEquals(3, r.values());
      assertEquals(List.of(5L, 10L, 15L), List.of(r.step(0), r.step(1), r.step(2)));
      int[] units = new int[10];
      assertEquals(2, r.readList(units));
      assertEquals(List.of(3, 7), List.of(units[0], units[1]));
      assertEquals(0, r.readList(units));
      assertEquals(1, r.readList(units));
      assertEquals(9, units[0]);
    }
  }

  @Test
  void describesEachSeriesInASidecar() throws IOException {
    SeriesLayout l = layout("WEE", Encoding.FLOAT64, List.of(3, 3), new StepWindow(0, 100, 10));
    new DoubleSeriesWriter(run, l).close();
    String sidecar = Files.readString(run.resolve("data/WEE.meta.json"));
    assertTrue(sidecar.contains("\"format\" : \"sorn-recording/1\""), sidecar);
    assertTrue(sidecar.contains("\"file\" : \"WEE.f64\""), sidecar);
    assertTrue(sidecar.contains("\"entry_bytes\" : 72"), sidecar);
    assertEquals(List.of(l), Recording.layouts(run));
  }

  @Test
  void listsNoSeriesWhenNothingWasRecorded() throws IOException {
    assertEquals(List.of(), Recording.layouts(run));
  }

  @Test
  void readsAFileCutInTheMiddleOfAnEntryUpToItsLastCompleteEntry() throws IOException {
    SeriesLayout bits = layout("X", Encoding.BITS, List.of(20), StepWindow.all(10));
    SeriesLayout lists = layout("S", Encoding.COUNTED_INT32, List.of(20), StepWindow.all(10));
    try (BitSeriesWriter x = new BitSeriesWriter(run, bits);
        EventSeriesWriter s = new EventSeriesWriter(run, lists)) {
      for (int t = 0; t < 3; t++) {
        x.write(t, new boolean[20]);
        s.write(t, new int[] {1, 2, 3}, 3);
      }
    }
    // a kill leaves part of the next entry
    append(run.resolve("data/X.bits"), new byte[] {1, 2});
    append(run.resolve("data/S.i32"), new byte[] {3, 0, 0, 0, 1, 0, 0, 0});
    try (SeriesReader x = SeriesReader.open(run, bits);
        SeriesReader s = SeriesReader.open(run, lists)) {
      assertEquals(3, x.entries());
      assertEquals(3, s.entries());
      assertEquals(9, s.values());
      boolean[] flags = new boolean[20];
      for (int t = 0; t < 3; t++) {
        x.readBits(flags);
      }
      assertThrows(EOFException.class, () -> x.readBits(flags));
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      s.transferTo(Channels.newChannel(raw));
      assertEquals(48, raw.size());
    }
  }

  @Test
  void restoringACheckpointDropsWhatWasWrittenAfterIt() throws IOException {
    SeriesLayout l = layout("C", Encoding.INT64, List.of(), StepWindow.all(10));
    Map<String, Object> position;
    try (LongSeriesWriter w = new LongSeriesWriter(run, l)) {
      w.write(0, 10);
      w.write(1, 11);
      position = w.checkpoint();
      assertEquals(Map.of("bytes", 16L, "entries", 2L), position);
      w.write(2, 99);
      w.write(3, 99);
    }
    // the resumed run opens the recorder again, then restores; positions come back as any number
    try (LongSeriesWriter w = new LongSeriesWriter(run, l)) {
      w.restore(Map.of("bytes", 16, "entries", 2.0));
      w.write(2, 12);
    }
    try (SeriesReader r = SeriesReader.open(run, l)) {
      assertEquals(3, r.entries());
      assertEquals(List.of(10L, 11L, 12L), List.of(r.readLong(), r.readLong(), r.readLong()));
    }
  }

  @Test
  void aFreshRunEmptiesTheFileOfAnEarlierRun() throws IOException {
    SeriesLayout l = layout("C", Encoding.INT64, List.of(), StepWindow.all(10));
    try (LongSeriesWriter w = new LongSeriesWriter(run, l)) {
      for (int t = 0; t < 5; t++) {
        w.write(t, t);
      }
    }
    try (LongSeriesWriter w = new LongSeriesWriter(run, l)) {
      w.write(0, 42);
    }
    assertEquals(8, Files.size(run.resolve("data/C.i64")));
    new LongSeriesWriter(run, l).close();
    assertEquals(0, Files.size(run.resolve("data/C.i64")));
  }

  @Test
  void refusesACheckpointBeyondTheEndOfTheFile() throws IOException {
    SeriesLayout l = layout("C", Encoding.INT64, List.of(), StepWindow.all(10));
    try (LongSeriesWriter w = new LongSeriesWriter(run, l)) {
      IOException e =
          assertThrows(IOException.class, () -> w.restore(Map.of("bytes", 80L, "entries", 10L)));
      assertTrue(e.getMessage().endsWith(
          "C.i64 has 0 bytes, the checkpoint needs 80: the recording was cut after the checkpoint"),
          e.getMessage());
      IOException odd =
          assertThrows(IOException.class, () -> w.restore(Map.of("bytes", 12L, "entries", 1L)));
      assertTrue(odd.getMessage().startsWith("series C: "), odd.getMessage());
    }
  }

  @Test
  void refusesAStepOutsideTheWindowOrder() throws IOException {
    SeriesLayout l = layout("C", Encoding.INT64, List.of(), new StepWindow(10, 100, 10));
    try (LongSeriesWriter w = new LongSeriesWriter(run, l)) {
      w.write(10, 1);
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> w.write(30, 1));
      assertEquals("series C was given step 30, its next step is 20", e.getMessage());
    }
  }

  @Test
  void refusesALayoutOfAnotherEncoding() {
    SeriesLayout l = layout("C", Encoding.INT64, List.of(), StepWindow.all(1));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new BitSeriesWriter(run, l));
    assertEquals("series C is encoded as int64, this writer writes bits", e.getMessage());
  }

  @Test
  void crossesBufferBoundariesInsideAnEntry() throws IOException {
    // 3000 doubles = 24,000 bytes per entry: entries straddle the 64 KiB buffer
    SeriesLayout l = layout("W", Encoding.FLOAT64, List.of(50, 60), StepWindow.all(10));
    try (DoubleSeriesWriter w = new DoubleSeriesWriter(run, l)) {
      for (int t = 0; t < 10; t++) {
        w.begin(t);
        for (int i = 0; i < 3000; i++) {
          w.put(t * 10_000 + i);
        }
        w.end();
      }
    }
    try (SeriesReader r = SeriesReader.open(run, l)) {
      assertEquals(10, r.entries());
      for (int t = 0; t < 10; t++) {
        for (int i = 0; i < 3000; i++) {
          assertEquals(t * 10_000 + i, r.readDouble());
        }
      }
    }
  }

  /** Whole series as arrays, and the last matrix read alone past a cut entry and the buffer. */
  @Test
  void readsWholeSeriesAndTheLastMatrixOnly() throws IOException {
    SeriesLayout bits = layout("X", Encoding.BITS, List.of(3), new StepWindow(2, 10, 2));
    SeriesLayout counts = layout("C", Encoding.INT64, List.of(), new StepWindow(2, 10, 2));
    SeriesLayout matrices = layout("W", Encoding.FLOAT64, List.of(50, 60), StepWindow.all(10));
    try (BitSeriesWriter x = new BitSeriesWriter(run, bits);
        LongSeriesWriter c = new LongSeriesWriter(run, counts);
        DoubleSeriesWriter w = new DoubleSeriesWriter(run, matrices)) {
      for (int t = 2; t < 10; t += 2) {
        x.write(t, new boolean[] {t % 4 == 0, true, t == 6});
        c.write(t, 100L * t);
      }
      for (int t = 0; t < 7; t++) {
        w.begin(t);
        for (int i = 0; i < 3000; i++) {
          w.put(t * 10_000 + i);
        }
        w.end();
      }
    }
    append(run.resolve("data/W.f64"), new byte[] {1, 2, 3}); // a cut entry after the last one
    try (SeriesReader x = SeriesReader.open(run, bits);
        SeriesReader c = SeriesReader.open(run, counts);
        SeriesReader w = SeriesReader.open(run, matrices)) {
      x.readBits(new boolean[3]); // read from the first entry whatever was read before
      assertArrayEquals(
          new boolean[][] {{F, T, F}, {T, T, F}, {F, T, T}, {T, T, F}}, x.readAllBits());
      assertArrayEquals(new long[] {2, 4, 6, 8}, x.steps());
      assertArrayEquals(new long[] {200, 400, 600, 800}, c.readAllLongs());
      double[][] last = w.readLastMatrix();
      assertEquals(50, last.length);
      assertEquals(60, last[0].length);
      assertEquals(60_000, last[0][0]);
      assertEquals(60_000 + 2999, last[49][59]);
    }
    SeriesLayout none = layout("V", Encoding.FLOAT64, List.of(2, 2), StepWindow.all(1));
    new DoubleSeriesWriter(run, none).close();
    try (SeriesReader v = SeriesReader.open(run, none)) {
      assertNull(v.readLastMatrix());
    }
  }

  private static void append(Path file, byte[] bytes) throws IOException {
    try (FileChannel c = FileChannel.open(file, StandardOpenOption.APPEND)) {
      c.write(ByteBuffer.wrap(bytes));
    }
  }
}
