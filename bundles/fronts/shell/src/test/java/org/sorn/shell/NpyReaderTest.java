package org.sorn.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NpyReaderTest {

  /** The 3 x 5 matrix of the fixtures: [i][t] = 10*i + t + 0.5. */
  static double[] fixture(double offset) {
    double[] v = new double[15];
    for (int i = 0; i < 3; i++) {
      for (int t = 0; t < 5; t++) {
        v[i * 5 + t] = 10 * i + t + offset;
      }
    }
    return v;
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = NpyReaderTest.class.getResourceAsStream("/fixtures/" + name)) {
      return in.readAllBytes();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "input_f8.npy",
        "input_f8_fortran.npy",
        "input_f4_big_endian.npy",
        "input_v2.npy",
        "input_v3.npy"
      })
  void numpyFloatFilesReadAsTheMatrixWritten(String name) throws IOException {
    NumericArray a = NpyReader.read(resource(name));
    assertArrayEquals(new int[] {3, 5}, a.shape());
    assertArrayEquals(fixture(0.5), a.values());
  }

  @ParameterizedTest
  @ValueSource(strings = {"input_i8.npy", "input_i4_big_endian.npy", "input_u1.npy"})
  void numpyIntegerFilesReadAsTheMatrixWritten(String name) throws IOException {
    assertArrayEquals(fixture(0), NpyReader.read(resource(name)).values());
  }

  @Test
  void booleansReadAsZeroAndOne() throws IOException {
    double[] expected = Arrays.stream(fixture(0)).map(v -> v % 2).toArray();
    assertArrayEquals(expected, NpyReader.read(resource("input_b1.npy")).values());
  }

  @Test
  void everyIntegerWidthAndOrderIsDecoded() {
    ByteBuffer b =
        ByteBuffer.allocate(8)
            .order(ByteOrder.BIG_ENDIAN)
            .putShort((short) -2)
            .putShort((short) 0xfffe)
            .putShort((short) 7)
            .putShort((short) 9);
    assertArrayEquals(
        new double[] {-2, -2, 7, 9},
        NpyReader.read(
                NpyBytes.file(
                    1, "{'descr': '>i2', 'fortran_order': False, 'shape': (4,), }", b.array()))
            .values());
    assertArrayEquals(
        new double[] {65534, 65534, 7, 9},
        NpyReader.read(
                NpyBytes.file(
                    1, "{'descr': '>u2', 'fortran_order': False, 'shape': (4,), }", b.array()))
            .values());
    byte[] u8 = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(-1L).array();
    assertEquals(
        18446744073709551615.0,
        NpyReader.read(
                NpyBytes.file(1, "{'descr': '<u8', 'fortran_order': False, 'shape': (1, 1), }", u8))
            .values()[0]);
    byte[] i1 = {-3, 4};
    assertArrayEquals(
        new double[] {-3, 4},
        NpyReader.read(
                NpyBytes.file(1, "{'descr': '|i1', 'fortran_order': False, 'shape': (2,), }", i1))
            .values());
  }

  @Test
  void fortranOrderIsTransposedIntoRows() {
    byte[] data =
        ByteBuffer.allocate(48)
            .order(ByteOrder.LITTLE_ENDIAN)
            .putDouble(1)
            .putDouble(4)
            .putDouble(2)
            .putDouble(5)
            .putDouble(3)
            .putDouble(6)
            .array();
    NumericArray a =
        NpyReader.read(
            NpyBytes.file(1, "{'descr': '<f8', 'fortran_order': True, 'shape': (2, 3), }", data));
    assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, a.values());
    assertEquals("(2, 3)", a.shapeText());
  }

  @Test
  void extraBytesAfterTheDataAreIgnoredAsNumpyDoes() {
    byte[] f = NpyBytes.f8(1, 2, 7, 8);
    byte[] longer = Arrays.copyOf(f, f.length + 3);
    assertArrayEquals(new double[] {7, 8}, NpyReader.read(longer).values());
  }

  private static String error(byte[] bytes) {
    return assertThrows(IllegalArgumentException.class, () -> NpyReader.read(bytes)).getMessage();
  }

  @Test
  void truncatedDataIsReportedWithTheBytesExpectedAndGot() {
    byte[] f = NpyBytes.f8(2, 3, 1, 2, 3, 4, 5, 6);
    assertEquals(
        "truncated .npy data: shape (2, 3) of <f8 needs 48 bytes, the file has 40",
        error(Arrays.copyOf(f, f.length - 8)));
  }

  @Test
  void truncatedOrForeignHeadersAreReported() throws IOException {
    byte[] f = NpyBytes.f8(2, 3, 1, 2, 3, 4, 5, 6);
    assertEquals("truncated .npy header", error(Arrays.copyOf(f, 40)));
    assertEquals("not a .npy file (no \\x93NUMPY magic)", error(Arrays.copyOf(f, 5)));
    assertEquals("not a .npy file (no \\x93NUMPY magic)", error("1,2,3\n4,5,6\n".getBytes()));
    byte[] v4 = f.clone();
    v4[6] = 4;
    assertEquals("unsupported .npy format version 4.0; expected 1.0, 2.0 or 3.0", error(v4));
  }

  @Test
  void unsupportedDtypesAndShapesAreNamed() {
    assertEquals(
        "unsupported .npy dtype '<c16'; expected float (f4, f8), integer (i1..i8, u1..u8) or bool"
            + " (b1)",
        error(
            NpyBytes.file(
                1, "{'descr': '<c16', 'fortran_order': False, 'shape': (1,), }", new byte[16])));
    assertEquals(
        "unsupported .npy dtype '|O'; expected float (f4, f8), integer (i1..i8, u1..u8) or bool"
            + " (b1)",
        error(
            NpyBytes.file(
                1, "{'descr': '|O', 'fortran_order': False, 'shape': (1,), }", new byte[8])));
    assertEquals(
        "unsupported .npy dtype '<f2'; expected float (f4, f8), integer (i1..i8, u1..u8) or bool"
            + " (b1)",
        error(
            NpyBytes.file(
                1, "{'descr': '<f2', 'fortran_order': False, 'shape': (1,), }", new byte[2])));
    assertEquals(
        "unsupported or malformed .npy header (no plain 'descr'): {'descr': [('a', '<f8')],"
            + " 'fortran_order': False, 'shape': (1,), }",
        error(
            NpyBytes.file(
                1,
                "{'descr': [('a', '<f8')], 'fortran_order': False, 'shape': (1,), }",
                new byte[8])));
    assertEquals(
        "expected an array of 1 or 2 dimensions, got shape (2, 2, 2)",
        error(
            NpyBytes.file(
                1,
                "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 2, 2), }",
                new byte[64])));
    assertEquals(
        "expected an array of 1 or 2 dimensions, got shape ()",
        error(
            NpyBytes.file(
                1, "{'descr': '<f8', 'fortran_order': False, 'shape': (), }", new byte[8])));
  }
}
