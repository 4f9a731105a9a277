package org.sorn.recorders;

import java.io.IOException;
import java.util.Arrays;
import org.sorn.recording.SeriesReader;

/** A recorded series read whole, for comparisons. */
final class Series {

  static boolean[][] flags(SeriesReader r) throws IOException {
    boolean[][] f = new boolean[(int) r.entries()][(int) r.layout().elements()];
    for (boolean[] entry : f) {
      r.readBits(entry);
    }
    return f;
  }

  static double[][] reals(SeriesReader r) throws IOException {
    double[][] v = new double[(int) r.entries()][(int) r.layout().elements()];
    for (double[] entry : v) {
      for (int i = 0; i < entry.length; i++) {
        entry[i] = r.readDouble();
      }
    }
    return v;
  }

  /** Matrix entries as [entry][row][column]. */
  static double[][][] matrices(SeriesReader r) throws IOException {
    int rows = r.layout().entryShape().get(0);
    int columns = r.layout().entryShape().get(1);
    double[][][] m = new double[(int) r.entries()][rows][columns];
    for (double[][] entry : m) {
      for (double[] row : entry) {
        for (int c = 0; c < columns; c++) {
          row[c] = r.readDouble();
        }
      }
    }
    return m;
  }

  static long[] counts(SeriesReader r) throws IOException {
    long[] c = new long[(int) r.entries() * (int) r.layout().elements()];
    for (int i = 0; i < c.length; i++) {
      c[i] = r.readLong();
    }
    return c;
  }

  static int[][] lists(SeriesReader r) throws IOException {
    int[][] lists = new int[(int) r.entries()][];
    int[] buffer = new int[(int) r.layout().elements()];
    for (int e = 0; e < lists.length; e++) {
      lists[e] = Arrays.copyOf(buffer, r.readList(buffer));
    }
    return lists;
  }

  private Series() {}
}
