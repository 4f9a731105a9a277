package org.sorn.exporter.npy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A .npy file taken apart by hand: its descr, shape and data, its header checked on the way. */
record NpyFile(String descr, long[] shape, ByteBuffer data) {
  private static final Pattern DICT =
      Pattern.compile(
          "\\{'descr': '([^']+)', 'fortran_order': False, 'shape': \\(([0-9, ]*)\\), \\} *\\n");

  static NpyFile parse(byte[] bytes) {
    assertEquals(
        "\u0093NUMPY\u0001\u0000", new String(bytes, 0, 8, StandardCharsets.ISO_8859_1));
    int length = ByteBuffer.wrap(bytes, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort() & 0xffff;
    assertEquals(0, (10 + length) % 64, "the data starts on a multiple of 64 bytes");
    String dict = new String(bytes, 10, length, StandardCharsets.ISO_8859_1);
    Matcher m = DICT.matcher(dict);
    assertTrue(m.matches(), dict);
    long[] shape =
        Arrays.stream(m.group(2).split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .mapToLong(Long::parseLong)
            .toArray();
    ByteBuffer data =
        ByteBuffer.wrap(bytes, 10 + length, bytes.length - 10 - length)
            .slice()
            .order(ByteOrder.LITTLE_ENDIAN);
    return new NpyFile(m.group(1), shape, data);
  }

  double[] doubles() {
    double[] v = new double[data.remaining() / 8];
    data.duplicate().order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(v);
    return v;
  }

  long[] longs() {
    long[] v = new long[data.remaining() / 8];
    data.duplicate().order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(v);
    return v;
  }

  int[] ints() {
    int[] v = new int[data.remaining() / 4];
    data.duplicate().order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(v);
    return v;
  }

  byte[] bytes() {
    byte[] v = new byte[data.remaining()];
    data.duplicate().get(v);
    return v;
  }
}
