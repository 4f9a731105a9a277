package org.sorn.sn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sorn.engine.CsrWeights;

/**
 * The normaliser skips work only where the package's division would change nothing: over a long
 * sequence of random changes (weights nudged, pruned to zero, new synapses, whole columns zeroed)
 * it stays bit for bit equal to the package's plain computation.
 */
class ColumnNormalizerTest {

  /** The package: column sums in ascending row order over the whole matrix, then divide each. */
  private static void plain(double[][] w) {
    int columns = w[0].length;
    for (int i = 0; i < columns; i++) {
      double s = 0.0;
      for (double[] row : w) {
        s += row[i];
      }
      if (s != 0.0) {
        for (double[] row : w) {
          row[i] = row[i] / s;
        }
      }
    }
  }

  @Test
  void staysIdenticalToThePlainComputationOverManySteps() {
    SplittableRandom rng = new SplittableRandom(5);
    int n = 40;
    double[][] dense = new double[n][n];
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < n; i++) {
        if (i != j && rng.nextDouble() < 0.2) {
          dense[j][i] = 0.1 * rng.nextDouble();
        }
      }
    }
    CsrWeights w = CsrWeights.of(dense, n, false);
    ColumnNormalizer normalizer = new ColumnNormalizer();
    int skippedSomewhere = 0;
    for (int step = 0; step < 3000; step++) {
      plain(dense);
      normalizer.normalize(w);
      for (int j = 0; j < n; j++) {
        for (int i = 0; i < n; i++) {
          assertEquals(
              Double.doubleToRawLongBits(dense[j][i]),
              Double.doubleToRawLongBits(w.get(j, i)),
              "step " + step + ", entry (" + j + ", " + i + ")");
        }
      }
      // a few changes, as plasticity makes them between two normalisations
      for (int c = 0; c < 5; c++) {
        int j = rng.nextInt(n);
        int i = rng.nextInt(n);
        double v = w.get(j, i);
        double next =
            switch (rng.nextInt(4)) {
              case 0 -> v + 0.004;
              case 1 -> Math.max(0.0, v - 0.004);
              case 2 -> v == 0.0 && i != j ? 0.001 : v; // a new synapse
              default -> 0.0;
            };
        dense[j][i] = next;
        if (next != 0.0 || w.get(j, i) != 0.0) {
          w.set(j, i, next);
        }
      }
      if (step % 500 == 7) { // an unlucky column pruned entirely
        int i = rng.nextInt(n);
        for (int j = 0; j < n; j++) {
          dense[j][i] = 0.0;
          if (w.get(j, i) != 0.0) {
            w.set(j, i, 0.0);
          }
        }
        skippedSomewhere++;
      }
    }
    assertEquals(6, skippedSomewhere);
  }

  /**
   * Columns of one entry (as W^EI's become), written with every kind of value: the sum is the
   * value, and the package's division gives 1.0, NaN, or nothing (a sum of 0), as here.
   */
  @Test
  void columnsOfOneEntryWhateverItsValue() {
    double[] values = {
      0.3, 1.0, 1.7, -0.25, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 1e-300, 0.0,
      -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.001
    };
    int rows = 3;
    int columns = 14;
    double[][] dense = new double[rows][columns];
    for (int i = 0; i < columns; i++) {
      dense[i % rows][i] = 0.5;
    }
    CsrWeights w = CsrWeights.of(dense, columns, false);
    ColumnNormalizer normalizer = new ColumnNormalizer();
    SplittableRandom rng = new SplittableRandom(8);
    for (int step = 0; step < 400; step++) {
      plain(dense);
      normalizer.normalize(w);
      for (int i = 0; i < columns; i++) {
        assertEquals(
            Double.doubleToRawLongBits(dense[i % rows][i]),
            Double.doubleToRawLongBits(w.get(i % rows, i)),
            "step " + step + ", column " + i);
        for (int j = 0; j < rows; j++) { // the entries not stored stay 0.0 (the package's become
          if (j != i % rows) { // NaN or -0.0 in a column of NaN or negative sum: docs/model.md)
            assertEquals(0L, Double.doubleToRawLongBits(w.get(j, i)));
            dense[j][i] = 0.0;
          }
        }
      }
      for (int c = 0; c < 4; c++) { // a few columns written, each with one of the values
        int i = rng.nextInt(columns);
        double v = values[(step + c) % values.length];
        dense[i % rows][i] = v;
        w.set(i % rows, i, v);
      }
    }
  }

  /**
   * A matrix large enough for columns in a cycle to be deferred: entries read row by row ({@code
   * syncRow}, as the kernel and STDP read them) and as a whole ({@code weights()}) equal the plain
   * computation, while new synapses keep landing in columns, deferred ones included.
   */
  @Test
  void deferredCyclesReadByRowEqualThePlainComputation() {
    SplittableRandom rng = new SplittableRandom(11);
    int n = ColumnNormalizer.DEFER_FROM_COLUMNS;
    double[][] dense = new double[n][n];
    java.util.List<java.util.TreeSet<Integer>> rowsOf = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      rowsOf.add(new java.util.TreeSet<>());
    }
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < 6; c++) {
        int j = rng.nextInt(n);
        if (j != i) {
          dense[j][i] = 0.1 * rng.nextDouble();
          rowsOf.get(i).add(j);
        }
      }
    }
    CsrWeights w = CsrWeights.of(dense, n, false);
    ColumnNormalizer normalizer = new ColumnNormalizer();
    for (int step = 0; step < 400; step++) {
      for (int i = 0; i < n; i++) { // the package, over the stored entries in ascending row order
        double s = 0.0;
        for (int j : rowsOf.get(i)) {
          s += dense[j][i];
        }
        if (s != 0.0) {
          for (int j : rowsOf.get(i)) {
            dense[j][i] = dense[j][i] / s;
          }
        }
      }
      normalizer.normalize(w);
      // counted on the entries as they are, deferred ones included: the count of the plain matrix
      long positive = 0;
      for (int i = 0; i < n; i++) {
        for (int j : rowsOf.get(i)) {
          positive += dense[j][i] > 0.0 ? 1 : 0;
        }
      }
      assertEquals(positive, w.countPositive(), "step " + step);
      for (int r = 0; r < 40; r++) {
        int j = rng.nextInt(n);
        w.syncRow(j);
        double[] v = w.rowWeights();
        for (int k = w.rowStart()[j]; k < w.rowStart()[j + 1]; k++) {
          assertEquals(Double.doubleToRawLongBits(dense[j][w.postsynaptic()[k]]),
              Double.doubleToRawLongBits(v[k]), "step " + step + ", row " + j);
        }
      }
      if (step % 50 == 49) {
        double[] v = w.weights();
        for (int j = 0; j < n; j++) {
          for (int k = w.rowStart()[j]; k < w.rowStart()[j + 1]; k++) {
            assertEquals(Double.doubleToRawLongBits(dense[j][w.postsynaptic()[k]]),
                Double.doubleToRawLongBits(v[k]), "step " + step + ", all, row " + j);
          }
        }
      }
      if (step > 20) { // a new synapse into a random column: many are in a deferred cycle by now
        int i = rng.nextInt(n);
        int j = rng.nextInt(n);
        if (j != i && dense[j][i] == 0.0) {
          dense[j][i] = 0.001;
          rowsOf.get(i).add(j);
          w.set(j, i, 0.001);
        }
      }
    }
  }
}
