package org.sorn.exporter.npy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The headers numpy 2.4.6 writes for these arrays (np.save), byte for byte. */
class NpyHeaderTest {

  private static String numpy(String dict) {
    String prefix = "\u0093NUMPY\u0001\u0000v\u0000";
    return prefix + dict + " ".repeat(128 - prefix.length() - dict.length() - 1) + "\n";
  }

  private static String header(String descr, long... shape) {
    return new String(NpyHeader.of(descr, shape), StandardCharsets.ISO_8859_1);
  }

  @Test
  void writesTheHeadersNumpyWrites() {
    assertEquals(
        numpy("{'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }"),
        header("<f8", 3, 4));
    assertEquals(
        numpy("{'descr': '|u1', 'fortran_order': False, 'shape': (5,), }"), header("|u1", 5));
    assertEquals(numpy("{'descr': '<i8', 'fortran_order': False, 'shape': (), }"), header("<i8"));
    assertEquals(
        numpy("{'descr': '<i4', 'fortran_order': False, 'shape': (0, 2), }"),
        header("<i4", 0, 2));
  }

  @Test
  void alignsTheDataOn64BytesForAnyShape() {
    for (long rows = 1; rows < 1_000_000_000_000L; rows *= 7) {
      byte[] h = NpyHeader.of("<f8", new long[] {rows, 200, 200});
      assertEquals(0, h.length % 64, "rows " + rows);
      assertEquals('\n', h[h.length - 1]);
      assertEquals(h.length - 10, (h[8] & 0xff) | (h[9] & 0xff) << 8);
    }
  }

  @Test
  void switchesToVersion2WhenTheHeaderDoesNotFit16Bits() {
    byte[] h = NpyHeader.of("<f8", new long[30_000]);
    assertEquals(2, h[6]);
    assertEquals(0, h.length % 64);
    int length = (h[8] & 0xff) | (h[9] & 0xff) << 8 | (h[10] & 0xff) << 16 | (h[11] & 0xff) << 24;
    assertEquals(h.length - 12, length);
  }

  @Test
  void writesTuplesAsPython() {
    assertEquals("()", NpyHeader.tuple(new long[0]));
    assertEquals("(7,)", NpyHeader.tuple(new long[] {7}));
    assertEquals("(7, 2, 3)", NpyHeader.tuple(new long[] {7, 2, 3}));
  }
}
