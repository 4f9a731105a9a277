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
}
