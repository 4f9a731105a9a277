package org.sorn.sn;

import org.sorn.api.SynapticWeights;

/**
 * W[:, i] /= sum_j W[j][i] for one matrix, exactly as the package computes it, doing the work only
 * where it can change something. A column whose entries are bit for bit those this normaliser
 * left, and whose sum (in the package's ascending order) was then exactly 1.0, would be divided by
 * 1.0: it is skipped. Every other column is summed and divided as the package does. Entries are
 * compared with the values left last time; when the matrix's structure changed (a new synapse, a
 * compaction) the old and new rows are merged by postsynaptic unit, so that only the columns that
 * gained or lost an entry count as changed.
 */
final class ColumnNormalizer {
  private long structureVersion = -1;
  private int[] columnStart = new int[0];
  private int[] entries = new int[0];
  // the matrix as this normaliser left it: structure and values
  private int[] leftRowStart = new int[0];
  private int[] leftPost = new int[0];
  private double[] left = new double[0];
  private double[] sumAfter = new double[0];
  private boolean[] changed = new boolean[0];
  private int[] fill = new int[0];

  void normalize(SynapticWeights w) {
    double[] weights = w.weights();
    int[] post = w.postsynaptic();
    int stored = w.stored();
    boolean all = sumAfter.length != w.columns() || leftRowStart.length != w.rows() + 1
        || structureVersion == -1;
    if (all) {
      index(w);
    } else if (w.structureVersion() != structureVersion) {
      markMerged(w);
      index(w);
    } else {
      for (int k = 0; k < stored; k++) {
        if (Double.doubleToRawLongBits(weights[k]) != Double.doubleToRawLongBits(left[k])) {
          changed[post[k]] = true;
        }
      }
    }
    for (int i = 0; i < sumAfter.length; i++) {
      if (all || changed[i] || sumAfter[i] != 1.0) {
        normalizeColumn(i, weights);
        changed[i] = false;
      }
    }
  }

  /** The package's step for one column: sum in ascending presynaptic order, divide each entry. */
  private void normalizeColumn(int i, double[] weights) {
    int from = columnStart[i];
    int to = columnStart[i + 1];
    double s = 0.0;
    for (int e = from; e < to; e++) {
      s += weights[entries[e]];
    }
    if (s == 0.0) { // Q17: an all-zero column stays zero instead of becoming NaN
      sumAfter[i] = 0.0;
      for (int e = from; e < to; e++) {
        left[entries[e]] = weights[entries[e]];
      }
      return;
    }
    double after = 0.0;
    for (int e = from; e < to; e++) {
      int k = entries[e];
      double v = weights[k] / s;
      weights[k] = v;
      left[k] = v;
      after += v;
    }
    sumAfter[i] = after;
  }

  /** Marks the columns whose entries differ between the matrix as left and as it is now. */
  private void markMerged(SynapticWeights w) {
    int[] rowStart = w.rowStart();
    int[] post = w.postsynaptic();
    double[] weights = w.weights();
    for (int j = 0; j < w.rows(); j++) {
      int k = rowStart[j];
      int kEnd = rowStart[j + 1];
      int o = leftRowStart[j];
      int oEnd = leftRowStart[j + 1];
      while (k < kEnd && o < oEnd) {
        if (post[k] == leftPost[o]) {
          if (Double.doubleToRawLongBits(weights[k]) != Double.doubleToRawLongBits(left[o])) {
            changed[post[k]] = true;
          }
          k++;
          o++;
        } else if (post[k] < leftPost[o]) {
          changed[post[k++]] = true; // a new entry
        } else {
          changed[leftPost[o++]] = true; // an entry dropped
        }
      }
      while (k < kEnd) {
        changed[post[k++]] = true;
      }
      while (o < oEnd) {
        changed[leftPost[o++]] = true;
      }
    }
  }

  /**
   * Column index of the stored entries, each column's entries in ascending presynaptic order, and
   * the matrix as it is now as the one left (changed columns are overwritten when normalised).
   */
  private void index(SynapticWeights w) {
    int columns = w.columns();
    int rows = w.rows();
    int stored = w.stored();
    int[] rowStart = w.rowStart();
    int[] post = w.postsynaptic();
    // arrays are kept and grown, not made anew: a new synapse comes every tenth step or so
    if (columnStart.length != columns + 1) {
      columnStart = new int[columns + 1];
      fill = new int[columns];
      sumAfter = new double[columns];
      changed = new boolean[columns];
    }
    java.util.Arrays.fill(columnStart, 0);
    java.util.Arrays.fill(fill, 0);
    for (int k = 0; k < stored; k++) {
      columnStart[post[k] + 1]++;
    }
    for (int i = 0; i < columns; i++) {
      columnStart[i + 1] += columnStart[i];
    }
    if (entries.length < stored) {
      entries = new int[stored + (stored >> 3)];
      leftPost = new int[entries.length];
      left = new double[entries.length];
    }
    for (int j = 0; j < rows; j++) {
      for (int k = rowStart[j]; k < rowStart[j + 1]; k++) {
        int i = post[k];
        entries[columnStart[i] + fill[i]++] = k;
      }
    }
    if (leftRowStart.length != rows + 1) {
      leftRowStart = new int[rows + 1];
    }
    System.arraycopy(rowStart, 0, leftRowStart, 0, rows + 1);
    System.arraycopy(post, 0, leftPost, 0, stored);
    System.arraycopy(w.weights(), 0, left, 0, stored);
    structureVersion = w.structureVersion();
  }
}
