package org.sorn.shell;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Builds .npy files in memory, the way numpy.lib.format writes them, for the tests. */
final class NpyBytes {

  /** A version 1.0 file of float64 values in C order. */
  static byte[] f8(int rows, int columns, double... values) {
    ByteBuffer data = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
    for (double v : values) {
      data.putDouble(v);
    }
    return file(
        1,
        "{'descr': '<f8', 'fortran_order': False, 'shape': (" + rows + ", " + columns + "), }",
        data.array());
  }

  /** A file of the given version with {@code header} padded to a 64-byte boundary. */
  static byte[] file(int major, String header, byte[] data) {
    int prefix = major == 1 ? 10 : 12;
    StringBuilder h = new StringBuilder(header);
    while ((prefix + h.length() + 1) % 64 != 0) {
      h.append(' ');
    }
    h.append('\n');
    byte[] hb = h.toString().getBytes(StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
    ByteBuffer len = ByteBuffer.allocate(major == 1 ? 2 : 4).order(ByteOrder.LITTLE_ENDIAN);
    if (major == 1) {
      len.putShort((short) hb.length);
    } else {
      len.putInt(hb.length);
    }
    out.writeBytes(len.array());
    out.writeBytes(hb);
    out.writeBytes(data);
    return out.toByteArray();
  }

  private NpyBytes() {}
}
