package org.sorn.python.bridge;

import java.nio.ByteBuffer;

/** Spike trains and matrices as they cross from numpy: row after row, time first. */
final class SpikeTrains {
  private SpikeTrains() {}

  /** {@code steps x neurons} bytes, 0 or 1, as a train {@code boolean[T][N]}. */
  static boolean[][] of(ByteBuffer bytes, int steps, int neurons) {
    check(bytes, (long) steps * neurons, 1, "spike train of " + steps + " x " + neurons);
    boolean[][] train = new boolean[steps][neurons];
    byte[] row = new byte[neurons];
    for (int t = 0; t < steps; t++) {
      bytes.get(t * neurons, row);
      for (int i = 0; i < neurons; i++) {
        train[t][i] = row[i] != 0;
      }
    }
    return train;
  }

  /** {@code rows x columns} float64 in native order, as {@code double[rows][columns]}. */
  static double[][] matrix(ByteBuffer bytes, int rows, int columns) {
    check(bytes, (long) rows * columns, 8, "matrix of " + rows + " x " + columns);
    java.nio.DoubleBuffer values = bytes.order(java.nio.ByteOrder.nativeOrder()).asDoubleBuffer();
    double[][] m = new double[rows][columns];
    for (int r = 0; r < rows; r++) {
      values.get(r * columns, m[r]);
    }
    return m;
  }

  private static void check(ByteBuffer bytes, long elements, int size, String what) {
    if (elements < 0 || bytes == null || bytes.capacity() < elements * size) {
      throw new IllegalArgumentException(
          "the buffer holds " + (bytes == null ? 0 : bytes.capacity()) + " bytes, a " + what
              + " needs " + elements * size);
    }
  }
}
