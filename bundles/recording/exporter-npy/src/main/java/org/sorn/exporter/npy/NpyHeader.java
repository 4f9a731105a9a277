package org.sorn.exporter.npy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The header of a {@code .npy} file, byte for byte as {@code numpy.save} writes it: magic, version
 * 1.0 (2.0 when the header does not fit 65535 bytes), the dict {@code {'descr': ...,
 * 'fortran_order': False, 'shape': (...), }} with numpy's spare room for the first axis, padded
 * with spaces so that the data starts on a multiple of 64 bytes.
 */
final class NpyHeader {
  private static final int ALIGN = 64;
  // numpy leaves room for a first axis of up to 21 digits, so the header can be rewritten in place
  private static final int GROWTH_AXIS_MAX_DIGITS = 21;

  /** The header of a C-ordered array of {@code descr} elements (such as {@code <f8}). */
  static byte[] of(String descr, long[] shape) {
    String dict =
        "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + tuple(shape) + ", }";
    if (shape.length > 0) {
      dict += " ".repeat(GROWTH_AXIS_MAX_DIGITS - Long.toString(shape[0]).length());
    }
    byte[] text = dict.getBytes(StandardCharsets.ISO_8859_1);
    int major = 1;
    int prefix = 10;
    int length = padded(text.length, prefix);
    if (length > 0xffff) {
      major = 2;
      prefix = 12;
      length = padded(text.length, prefix);
    }
    ByteBuffer header = ByteBuffer.allocate(prefix + length).order(ByteOrder.LITTLE_ENDIAN);
    header.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII));
    header.put((byte) major).put((byte) 0);
    if (major == 1) {
      header.putShort((short) length);
    } else {
      header.putInt(length);
    }
    header.put(text);
    while (header.remaining() > 1) {
      header.put((byte) ' ');
    }
    header.put((byte) '\n');
    return header.array();
  }

  /** The length of the dict with its padding and final newline. */
  private static int padded(int text, int prefix) {
    int unpadded = text + 1;
    // as numpy: 1 to 64 spaces, never 0
    return unpadded + ALIGN - (prefix + unpadded) % ALIGN;
  }

  /** Python's repr of a tuple of ints: {@code ()}, {@code (3,)}, {@code (3, 4)}. */
  static String tuple(long[] shape) {
    StringBuilder s = new StringBuilder("(");
    for (int i = 0; i < shape.length; i++) {
      s.append(i > 0 ? ", " : "").append(shape[i]);
    }
    return s.append(shape.length == 1 ? ",)" : ")").toString();
  }

  private NpyHeader() {}
}
