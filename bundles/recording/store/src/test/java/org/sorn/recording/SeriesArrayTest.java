package org.sorn.recording;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesArrayTest {
  @TempDir Path run;

  private static SeriesLayout layout(String name, Encoding e, List<Integer> shape) {
    return new SeriesLayout(name, "", e, shape, new StepWindow(10, 100, 10), Map.of());
  }

  private static byte[] values(SeriesReader r) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SeriesArray.writeValues(r, Channels.newChannel(out));
    return out.toByteArray();
  }

  @Test
  void unpacksActivitiesToOneBytePerUnit() throws IOException {
    SeriesLayout l = layout("X", Encoding.BITS, List.of(3));
    try (BitSeriesWriter w = new BitSeriesWriter(run, l)) {
      w.write(10, new boolean[] {true, false, true});
      w.write(20, new boolean[] {false, true, false});
    }
    try (SeriesReader r = SeriesReader.open(run, l)) {
      assertEquals(SeriesArray.Type.UINT8, SeriesArray.type(l));
      assertArrayEquals(new long[] {2, 3}, SeriesArray.shape(r));
      assertEquals(6, SeriesArray.bytes(r));
      assertArrayEquals(new byte[] {1, 0, 1, 0, 1, 0}, values(r));
      // a second export reads from the first entry again
      assertArrayEquals(new byte[] {1, 0, 1, 0, 1, 0}, values(r));
      ByteArrayOutputStream steps = new ByteArrayOutputStream();
      SeriesArray.writeSteps(r, Channels.newChannel(steps));
      ByteBuffer s = ByteBuffer.wrap(steps.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
      assertEquals(List.of(10L, 20L), List.of(s.getLong(), s.getLong()));
    }
  }

  @Test
  void turnsListsIntoStepValuePairs() throws IOException {
    SeriesLayout l = layout("S", Encoding.COUNTED_INT32, List.of(5));
    try (EventSeriesWriter w = new EventSeriesWriter(run, l)) {
      w.write(10, new int[] {1, 4}, 2);
      w.write(20, new int[0], 0);
      w.write(30, new int[] {2}, 1);
    }
    try (SeriesReader r = SeriesReader.open(run, l)) {
      assertEquals(SeriesArray.Type.INT32, SeriesArray.type(l));
      assertArrayEquals(new long[] {3, 2}, SeriesArray.shape(r));
      int[] pairs = new int[6];
      ByteBuffer.wrap(values(r)).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(pairs);
      assertArrayEquals(new int[] {10, 1, 10, 4, 30, 2}, pairs);
    }
  }

  @Test
  void copiesNumbersAsStored() throws IOException {
    SeriesLayout l = layout("W", Encoding.FLOAT64, List.of(2, 2));
    try (DoubleSeriesWriter w = new DoubleSeriesWriter(run, l)) {
      w.write(10, new double[] {1, 2, 3, 4});
    }
    try (SeriesReader r = SeriesReader.open(run, l)) {
      assertArrayEquals(new long[] {1, 2, 2}, SeriesArray.shape(r));
      double[] v = new double[4];
      ByteBuffer.wrap(values(r)).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(v);
      assertArrayEquals(new double[] {1, 2, 3, 4}, v);
    }
  }
}
