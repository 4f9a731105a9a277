package org.sorn.engine;

import java.util.Arrays;

/**
 * The drives of a network update, summed as the package sums them, from the active units' rows
 * only: what {@link CsrWeights#sumRows} does for the engine's kernel and for variants in other
 * bundles (through the fast path), which must give the package's numbers bit for bit.
 */
final class Drives {
  private Drives() {}

  /**
   * The largest matrix, in entries, whose drive is summed by blocks of columns when it stores every
   * entry: one that fits in a core's own cache (512 KiB); in larger ones the rows read one after
   * the other stream better (measured at ne = 1000, W^IE of 200,000 entries: 3.2 us by rows, 3.35
   * by blocks).
   */
  static final int DENSE_BLOCKS_UP_TO = 1 << 16;

  /**
   * drive[post] = sum over the active presynaptic units, ascending, of W[pre][post]: the package's
   * sum, from +0.0, in its order (adding +0.0 for a silent unit changes nothing, so only the active
   * units' rows are read, each brought up to date with {@link CsrWeights#syncRow}).
   * {@code active} holds {@code count} ascending presynaptic indices; drive has one entry per
   * column, overwritten.
   */
  static void sum(CsrWeights w, int[] active, int count, double[] drive) {
    int columns = drive.length;
    if (w.stored() == (long) w.rows() * columns && w.stored() <= DENSE_BLOCKS_UP_TO && count > 0) {
      sumDense(w, active, count, drive);
      return;
    }
    Arrays.fill(drive, 0.0);
    int[] rowStart = w.rowStart();
    int[] post = w.postsynaptic();
    double[] v = w.rowWeights(); // the rows of the active units only are read, each brought up to date
    for (int a = 0; a < count; a++) {
      int j = active[a];
      w.syncRow(j);
      int start = rowStart[j];
      int end = rowStart[j + 1];
      if (end - start == drive.length) {
        // a row holding every column (the dense W^IE) has them in order: no index to follow,
        // and the same additions in the same order, which the JIT can vectorise
        for (int c = 0; c < drive.length; c++) {
          drive[c] += v[start + c];
        }
      } else {
        for (int k = start; k < end; k++) {
          drive[post[k]] += v[k];
        }
      }
    }
  }

  /**
   * The same sums for a matrix that stores every entry (the dense W^IE): row j starts at j times
   * the columns. Eight columns at a time, each summed over the active rows in ascending order in a
   * register of its own, are the same additions in the same order as row after row, without a
   * store and a load of drive[post] between them (measured at ne = 200: 430 -> 230 ns a step).
   */
  private static void sumDense(CsrWeights w, int[] active, int count, double[] drive) {
    int columns = drive.length;
    for (int a = 0; a < count; a++) {
      w.syncRow(active[a]);
    }
    double[] v = w.rowWeights();
    int c = 0;
    for (; c + 8 <= columns; c += 8) {
      double d0 = 0.0;
      double d1 = 0.0;
      double d2 = 0.0;
      double d3 = 0.0;
      double d4 = 0.0;
      double d5 = 0.0;
      double d6 = 0.0;
      double d7 = 0.0;
      for (int a = 0; a < count; a++) {
        int k = active[a] * columns + c;
        d0 += v[k];
        d1 += v[k + 1];
        d2 += v[k + 2];
        d3 += v[k + 3];
        d4 += v[k + 4];
        d5 += v[k + 5];
        d6 += v[k + 6];
        d7 += v[k + 7];
      }
      drive[c] = d0;
      drive[c + 1] = d1;
      drive[c + 2] = d2;
      drive[c + 3] = d3;
      drive[c + 4] = d4;
      drive[c + 5] = d5;
      drive[c + 6] = d6;
      drive[c + 7] = d7;
    }
    for (; c < columns; c++) {
      double d = 0.0;
      for (int a = 0; a < count; a++) {
        d += v[active[a] * columns + c];
      }
      drive[c] = d;
    }
  }
}
