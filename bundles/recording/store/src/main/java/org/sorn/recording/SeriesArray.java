package org.sorn.recording;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.WritableByteChannel;
import java.util.List;

/**
 * A series as the array that the array formats (npz, npy, hdf5) export, streamed little-endian in
 * C order: shape {@code (entries, *entry shape)} with activities as uint8 0/1, counts int64 and
 * doubles float64; a list series (spike events) as {@code (values, 2)} int32 pairs {@code (step,
 * value)}. Its steps are the array {@code (entries,)} of int64.
 */
public final class SeriesArray {

  /** An element type of the exported arrays. */
  public enum Type {
    UINT8(1),
    INT32(4),
    INT64(8),
    FLOAT64(8);

    private final int bytes;

    Type(int bytes) {
      this.bytes = bytes;
    }

    /** The bytes of one element. */
    public int bytes() {
      return bytes;
    }
  }

  /** The element type of the array of a series of {@code layout}. */
  public static Type type(SeriesLayout layout) {
    return switch (layout.encoding()) {
      case BITS -> Type.UINT8;
      case INT64 -> Type.INT64;
      case FLOAT64 -> Type.FLOAT64;
      case COUNTED_INT32 -> Type.INT32;
    };
  }

  /** The shape of the array of {@code series}. */
  public static long[] shape(SeriesReader series) {
    if (series.layout().encoding() == Encoding.COUNTED_INT32) {
      return new long[] {series.values(), 2};
    }
    List<Integer> entry = series.layout().entryShape();
    long[] shape = new long[1 + entry.size()];
    shape[0] = series.entries();
    for (int i = 1; i < shape.length; i++) {
      shape[i] = entry.get(i - 1);
    }
    return shape;
  }

  /** The bytes of the array of {@code series}. */
  public static long bytes(SeriesReader series) {
    long n = type(series.layout()).bytes();
    for (long d : shape(series)) {
      n *= d;
    }
    return n;
  }

  /** Writes the array's elements, from the series' first entry, to {@code out}. */
  public static void writeValues(SeriesReader series, WritableByteChannel out) throws IOException {
    series.rewind();
    Sink sink = new Sink(out);
    int n = Math.toIntExact(series.layout().elements());
    switch (series.layout().encoding()) {
      case BITS -> {
        boolean[] flags = new boolean[n];
        for (long e = 0; e < series.entries(); e++) {
          series.readBits(flags);
          for (boolean f : flags) {
            sink.room(1).put((byte) (f ? 1 : 0));
          }
        }
      }
      case COUNTED_INT32 -> {
        int[] values = new int[n];
        for (long e = 0; e < series.entries(); e++) {
          int step = Math.toIntExact(series.step(e));
          int count = series.readList(values);
          for (int i = 0; i < count; i++) {
            sink.room(8).putInt(step).putInt(values[i]);
          }
        }
      }
      // stored as exported: little-endian int64 and float64
      case INT64, FLOAT64 -> {
        sink.flush();
        series.transferTo(out);
      }
    }
    sink.flush();
  }

  /** Writes the step of each entry, int64, to {@code out}. */
  public static void writeSteps(SeriesReader series, WritableByteChannel out) throws IOException {
    Sink sink = new Sink(out);
    for (long e = 0; e < series.entries(); e++) {
      sink.room(8).putLong(series.step(e));
    }
    sink.flush();
  }

  /** A buffer in front of a channel. */
  private static final class Sink {
    private final WritableByteChannel out;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);

    Sink(WritableByteChannel out) {
      this.out = out;
    }

    ByteBuffer room(int bytes) throws IOException {
      if (buffer.remaining() < bytes) {
        flush();
      }
      return buffer;
    }

    void flush() throws IOException {
      buffer.flip();
      while (buffer.hasRemaining()) {
        out.write(buffer);
      }
      buffer.clear();
    }
  }

  private SeriesArray() {}
}
