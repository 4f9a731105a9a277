package org.sorn.exporter.hdf5;

import java.lang.reflect.Array;
import java.util.Arrays;
import org.sorn.recording.SeriesArray;

/**
 * A Java array of the shape and type of a dataset whose rows are all one shared array of zeros:
 * jhdf writes datasets from whole Java arrays, this one costs a reference per row, not the data.
 */
final class Placeholder {

  /**
   * The placeholder of an array of {@code shape}.
   *
   * @throws IllegalArgumentException when a dimension does not fit a Java array
   */
  static Object of(SeriesArray.Type type, long[] shape) {
    int last = length(shape[shape.length - 1]);
    Object inner =
        switch (type) {
          case UINT8 -> new byte[last];
          case INT32 -> new int[last];
          case INT64 -> new long[last];
          case FLOAT64 -> new double[last];
        };
    for (int d = shape.length - 2; d >= 0; d--) {
      Object[] outer = (Object[]) Array.newInstance(inner.getClass(), length(shape[d]));
      Arrays.fill(outer, inner);
      inner = outer;
    }
    return inner;
  }

  private static int length(long dimension) {
    if (dimension > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "an HDF5 dataset dimension must fit a Java array, got " + dimension);
    }
    return (int) dimension;
  }

  private Placeholder() {}
}
