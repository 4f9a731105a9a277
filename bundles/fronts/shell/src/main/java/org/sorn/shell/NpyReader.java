package org.sorn.shell;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads NumPy's {@code .npy} format (versions 1.0, 2.0 and 3.0) into a {@link NumericArray}: float,
 * signed and unsigned integer and boolean dtypes of either byte order, C or Fortran order, up to
 * two dimensions.
 */
final class NpyReader {
  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final Pattern DESCR =
      Pattern.compile("['\"]descr['\"]\\s*:\\s*['\"]([^'\"]*)['\"]");
  private static final Pattern FORTRAN =
      Pattern.compile("['\"]fortran_order['\"]\\s*:\\s*(True|False)");
  private static final Pattern SHAPE = Pattern.compile("['\"]shape['\"]\\s*:\\s*\\(([^)]*)\\)");

  /**
   * The array stored in {@code bytes}.
   *
   * @throws IllegalArgumentException saying what is wrong with the content
   */
  static NumericArray read(byte[] bytes) {
    if (bytes.length < 10 || !startsWithMagic(bytes)) {
      throw new IllegalArgumentException("not a .npy file (no \\x93NUMPY magic)");
    }
    int major = bytes[6] & 0xff;
    int minor = bytes[7] & 0xff;
    ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    long headerLength;
    int headerStart;
    if (major == 1) {
      headerLength = in.getShort(8) & 0xffff;
      headerStart = 10;
    } else if (major == 2 || major == 3) {
      if (bytes.length < 12) {
        throw new IllegalArgumentException("truncated .npy header");
      }
      headerLength = in.getInt(8) & 0xffffffffL;
      headerStart = 12;
    } else {
      throw new IllegalArgumentException(
          "unsupported .npy format version " + major + "." + minor + "; expected 1.0, 2.0 or 3.0");
    }
    if (headerStart + headerLength > bytes.length) {
      throw new IllegalArgumentException("truncated .npy header");
    }
    String header =
        new String(
            bytes,
            headerStart,
            (int) headerLength,
            major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    Dtype dtype = Dtype.parse(field(DESCR, header, "descr"));
    boolean fortran = field(FORTRAN, header, "fortran_order").equals("True");
    int[] shape = shape(field(SHAPE, header, "shape"));
    long count = 1;
    for (int d : shape) {
      count *= d;
      if (count > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("array too large: shape " + text(shape));
      }
    }
    int dataStart = (int) (headerStart + headerLength);
    long needed = count * dtype.size();
    if (bytes.length - dataStart < needed) {
      throw new IllegalArgumentException(
          "truncated .npy data: shape "
              + text(shape)
              + " of "
              + dtype.descr()
              + " needs "
              + needed
              + " bytes, the file has "
              + (bytes.length - dataStart));
    }
    double[] values = dtype.decode(in.position(dataStart).slice(), (int) count);
    if (fortran && shape.length == 2) {
      values = transpose(values, shape[1], shape[0]);
    }
    return new NumericArray(shape, values);
  }

  private static boolean startsWithMagic(byte[] bytes) {
    for (int i = 0; i < MAGIC.length; i++) {
      if (bytes[i] != MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  private static String field(Pattern pattern, String header, String name) {
    Matcher m = pattern.matcher(header);
    if (!m.find()) {
      throw new IllegalArgumentException(
          "unsupported or malformed .npy header (no plain '" + name + "'): " + header.strip());
    }
    return m.group(1);
  }

  private static int[] shape(String text) {
    String[] parts = text.split(",");
    int n = 0;
    int[] shape = new int[parts.length];
    for (String p : parts) {
      if (p.isBlank()) {
        continue;
      }
      Long v = Numbers.longValue(p.strip().replaceAll("[lL]$", ""));
      if (v == null || v < 0 || v > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("malformed .npy shape (" + text + ")");
      }
      shape[n++] = v.intValue();
    }
    if (n == 0 || n > 2) {
      throw new IllegalArgumentException(
          "expected an array of 1 or 2 dimensions, got shape (" + text.strip() + ")");
    }
    return Arrays.copyOf(shape, n);
  }

  /** Column-major {@code values} of a rows x columns array (stored columns x rows) to row-major. */
  private static double[] transpose(double[] values, int columns, int rows) {
    double[] out = new double[values.length];
    for (int c = 0; c < columns; c++) {
      for (int r = 0; r < rows; r++) {
        out[r * columns + c] = values[c * rows + r];
      }
    }
    return out;
  }

  private static String text(int[] shape) {
    return new NumericArray(shape, new double[0]).shapeText();
  }

  /** An element type: kind (f, i, u, b), size in bytes and byte order. */
  private record Dtype(String descr, char kind, int size, ByteOrder order) {

    static Dtype parse(String descr) {
      Matcher m = Pattern.compile("([<>|=]?)([fiub])(\\d+)").matcher(descr);
      if (m.matches()) {
        char kind = m.group(2).charAt(0);
        int size = Integer.parseInt(m.group(3));
        boolean known =
            switch (kind) {
              case 'f' -> size == 4 || size == 8;
              case 'b' -> size == 1;
              default -> size == 1 || size == 2 || size == 4 || size == 8;
            };
        if (known) {
          ByteOrder order = m.group(1).equals(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
          return new Dtype(descr, kind, size, order);
        }
      }
      throw new IllegalArgumentException(
          "unsupported .npy dtype '"
              + descr
              + "'; expected float (f4, f8), integer (i1..i8, u1..u8) or bool (b1)");
    }

    double[] decode(ByteBuffer data, int count) {
      data.order(order);
      double[] v = new double[count];
      for (int i = 0; i < count; i++) {
        v[i] = element(data, i * size);
      }
      return v;
    }

    private double element(ByteBuffer d, int at) {
      return switch (kind) {
        case 'f' -> size == 8 ? d.getDouble(at) : d.getFloat(at);
        case 'b' -> d.get(at) != 0 ? 1.0 : 0.0;
        case 'i' ->
            switch (size) {
              case 1 -> d.get(at);
              case 2 -> d.getShort(at);
              case 4 -> d.getInt(at);
              default -> d.getLong(at);
            };
        default ->
            switch (size) {
              case 1 -> d.get(at) & 0xff;
              case 2 -> d.getShort(at) & 0xffff;
              case 4 -> d.getInt(at) & 0xffffffffL;
              default -> unsigned(d.getLong(at));
            };
      };
    }

    private static double unsigned(long v) {
      return v >= 0 ? v : (double) (v >>> 1) * 2.0 + (v & 1);
    }
  }

  private NpyReader() {}
}
