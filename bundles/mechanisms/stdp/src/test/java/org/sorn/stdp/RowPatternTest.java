package org.sorn.stdp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sorn.engine.CsrWeights;

class RowPatternTest {

  @Test
  void aNewSynapseSetsItsBitAsABuildFromScratchWould() {
    SplittableRandom random = new SplittableRandom(5L);
    int n = 150; // three words a row
    CsrWeights w = CsrWeights.of(randomDense(random, n, 0.2), n, false);
    RowPattern kept = new RowPattern();
    assertTrue(kept.refresh(w));
    for (int change = 0; change < 300; change++) {
      int j = random.nextInt(n);
      int i = change % 50 == 0 ? n - 1 : random.nextInt(n);
      if (change % 97 == 0) {
        w.set(j, i, 0.0); // an entry pruned, then dropped
        w.compact();
      } else if (w.get(j, i) == 0.0) {
        w.set(j, i, 0.001);
      }
      assertTrue(kept.refresh(w));
      RowPattern fresh = new RowPattern();
      assertTrue(fresh.refresh(w));
      assertArrayEquals(fresh.bits(), kept.bits(), "after change " + change);
    }
  }

  @Test
  void rowsWithFewerEntriesThanWordsAreReadWhole() {
    SplittableRandom random = new SplittableRandom(6L);
    // 4 words a row: 22 entries a row use the bits, 2 do not
    assertTrue(new RowPattern().refresh(CsrWeights.of(randomDense(random, 200, 0.11), 200, false)));
    assertFalse(new RowPattern().refresh(CsrWeights.of(randomDense(random, 200, 0.01), 200, false)));
    // a pattern over 8 MiB is not built, however full the rows
    int n = 8200; // 129 words a row, 130 entries
    int[] rowStart = new int[n + 1];
    int[] post = new int[n * 130];
    for (int j = 0; j < n; j++) {
      rowStart[j + 1] = rowStart[j] + 130;
      for (int e = 0; e < 130; e++) {
        post[j * 130 + e] = e * 63;
      }
    }
    CsrWeights full = CsrWeights.ofRows(n, n, rowStart, post, new double[post.length]);
    assertFalse(new RowPattern().refresh(full));
  }

  @Test
  void aMatrixThatFillsUpComesToUseItsBits() {
    SplittableRandom random = new SplittableRandom(7L);
    CsrWeights w = CsrWeights.of(randomDense(random, 200, 0.01), 200, false);
    RowPattern kept = new RowPattern();
    assertFalse(kept.refresh(w));
    while (w.stored() < 4 * 200) { // 4 words a row
      int j = random.nextInt(200);
      int i = random.nextInt(200);
      if (w.get(j, i) == 0.0) {
        w.set(j, i, 0.001);
      }
    }
    assertTrue(kept.refresh(w));
    RowPattern fresh = new RowPattern();
    assertTrue(fresh.refresh(w));
    assertArrayEquals(fresh.bits(), kept.bits());
  }

  private static double[][] randomDense(SplittableRandom random, int n, double density) {
    double[][] d = new double[n][n];
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < n; i++) {
        d[j][i] = random.nextDouble() < density ? random.nextDouble(0.0, 0.1) : 0.0;
      }
    }
    return d;
  }
}
