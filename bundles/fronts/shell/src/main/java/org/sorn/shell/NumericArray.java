package org.sorn.shell;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An n-dimensional array of numbers read from a file, in C (row-major) order.
 *
 * @param shape the size of each dimension
 * @param values the elements, row-major
 */
record NumericArray(int[] shape, double[] values) {

  int dimensions() {
    return shape.length;
  }

  int rows() {
    return shape[0];
  }

  int columns() {
    return shape[1];
  }

  /** The shape as numpy prints it, for example {@code (3, 4)} or {@code (5,)}. */
  String shapeText() {
    if (shape.length == 1) {
      return "(" + shape[0] + ",)";
    }
    return Arrays.stream(shape)
        .mapToObj(Integer::toString)
        .collect(Collectors.joining(", ", "(", ")"));
  }

  /** A 2-D array as rows; the caller has checked {@code dimensions() == 2}. */
  double[][] toMatrix() {
    double[][] m = new double[shape[0]][];
    for (int r = 0; r < m.length; r++) {
      m[r] = Arrays.copyOfRange(values, r * shape[1], (r + 1) * shape[1]);
    }
    return m;
  }
}
