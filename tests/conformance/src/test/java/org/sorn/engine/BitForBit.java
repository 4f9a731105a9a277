package org.sorn.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The conformance tests' comparison: the same doubles, bit for bit, or where they are not. */
final class BitForBit {
  private BitForBit() {}

  /** Every entry the same double, bit for bit (so 0.0 is not -0.0), or says where it is not. */
  static void assertIdentical(double[][] expected, double[][] actual, String what) {
    assertEquals(expected.length, actual.length, what + ": number of rows");
    int differing = 0;
    String first = null;
    for (int a = 0; a < expected.length; a++) {
      assertEquals(expected[a].length, actual[a].length, what + ": length of row " + a);
      for (int b = 0; b < expected[a].length; b++) {
        long e = Double.doubleToRawLongBits(expected[a][b]);
        long g = Double.doubleToRawLongBits(actual[a][b]);
        if (e != g) {
          differing++;
          if (first == null) {
            first = "[" + a + "][" + b + "]: expected " + expected[a][b] + " (0x"
                + Long.toHexString(e) + "), got " + actual[a][b] + " (0x" + Long.toHexString(g)
                + ")";
          }
        }
      }
    }
    String where = first;
    int count = differing;
    assertTrue(count == 0, () -> what + ": " + count + " entries differ, first " + where);
  }
}
