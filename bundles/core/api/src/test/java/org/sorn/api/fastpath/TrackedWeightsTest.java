package org.sorn.api.fastpath;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sorn.api.SynapticWeights;

/**
 * A matrix outside the engine seen through the fast path comes down to the plain computation:
 * every column changed, never clipped, nothing deferred, sums and counts over its weights().
 */
class TrackedWeightsTest {

  @Test
  void aPlainMatrixTracksNothing() {
    Plain plain = new Plain();
    TrackedWeights w = TrackedWeights.of(plain);
    w.clearChanges(true);
    w.markClipped();
    assertTrue(w.allChanged(), "every column counts as changed, always");
    assertEquals(0, w.changedCount());
    assertFalse(w.clipped(), "never clipped: the clips go over the whole matrix");
    assertFalse(w.defer(null), "nothing deferred");
    assertSame(plain.weights(), w.rowWeights());
    w.set(1, 0, 0.75);
    assertEquals(0.75, plain.weights()[2]);
    assertEquals(plain.structureVersion(), w.structureVersion());
  }

  @Test
  void sumsAndCountsAsThePackage() {
    TrackedWeights w = TrackedWeights.of(new Plain());
    double[] sums = {9, 9, 9};
    w.sumRows(new int[] {0, 1}, 2, sums);
    assertArrayEquals(new double[] {0.0 + 0.25, 0.5, 0.0 + -0.0 + 0.125}, sums);
    w.sumRows(new int[] {1}, 1, sums);
    assertArrayEquals(new double[] {0.25, 0.0, 0.125}, sums);
    assertEquals(3, w.countPositive()); // 0.5, 0.25, 0.125; not -0.0
  }

  @Test
  void aTrackedMatrixIsItself() {
    TrackedWeights tracked = TrackedWeights.of(new Plain());
    assertSame(tracked, TrackedWeights.of(tracked));
  }

  /** W = {{0, 0.5, -0.0}, {0.25, 0, 0.125}} with the -0.0 stored. */
  private static final class Plain implements SynapticWeights {
    private final int[] rowStart = {0, 2, 4};
    private final int[] post = {1, 2, 0, 2};
    private final double[] w = {0.5, -0.0, 0.25, 0.125};
    private long version;

    @Override
    public int rows() {
      return 2;
    }

    @Override
    public int columns() {
      return 3;
    }

    @Override
    public int[] rowStart() {
      return rowStart;
    }

    @Override
    public int[] postsynaptic() {
      return post;
    }

    @Override
    public double[] weights() {
      return w;
    }

    @Override
    public int stored() {
      return 4;
    }

    @Override
    public double get(int pre, int i) {
      for (int k = rowStart[pre]; k < rowStart[pre + 1]; k++) {
        if (post[k] == i) {
          return w[k];
        }
      }
      return 0.0;
    }

    @Override
    public void set(int pre, int i, double weight) {
      for (int k = rowStart[pre]; k < rowStart[pre + 1]; k++) {
        if (post[k] == i) {
          w[k] = weight;
          return;
        }
      }
      throw new UnsupportedOperationException("a new entry in this small test matrix");
    }

    @Override
    public long structureVersion() {
      return version;
    }
  }
}
