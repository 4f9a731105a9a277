package org.sorn.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sorn.api.fastpath.TrackedWeights;

class CsrWeightsTest {

  /** TrackedWeights.rowGainingOne names the row of one inserted entry, and nothing else. */
  @Test
  void oneInsertionIsToldFromAnyOtherChange() {
    // rows 1 and 3 empty: insertions around and into empty rows
    CsrWeights w =
        CsrWeights.of(new double[][] {{0.1, 0.2, 0}, {0, 0, 0}, {0, 0.3, 0}, {0, 0, 0}}, 3, false);
    int[][] inserts = {{0, 0}, {1, 1}, {3, 0}, {2, 0}, {1, 0}};
    int[] gained = {-1, 1, 3, 2, 1};
    for (int n = 0; n < inserts.length; n++) {
      int[] before = w.rowStart().clone();
      w.set(inserts[n][0], inserts[n][1], 0.5);
      // the first is an entry already stored: written, not inserted
      assertEquals(gained[n], TrackedWeights.rowGainingOne(before, w.rowStart(), 4));
    }
    int[] before = w.rowStart().clone();
    w.set(3, 2, 0.5);
    w.set(0, 2, 0.5);
    assertEquals(-1, TrackedWeights.rowGainingOne(before, w.rowStart(), 4), "two");
    w.set(0, 1, 0.0); // pruned
    before = w.rowStart().clone();
    w.compact();
    assertEquals(-1, TrackedWeights.rowGainingOne(before, w.rowStart(), 4), "fewer");
    assertEquals(-1, TrackedWeights.rowGainingOne(before, before, 4), "the same");
  }

  @Test
  void keepsNonzeroEntriesAndRoundTripsToDense() {
    double[][] dense = {{0, 0.5, 0}, {0.25, 0, 0.75}, {0, 0, 0}};
    CsrWeights w = CsrWeights.of(dense, 3, false);
    assertEquals(3, w.stored());
    assertArrayEquals(new int[] {0, 1, 3, 3}, w.rowStart());
    assertEquals(0.75, w.get(1, 2));
    assertEquals(0.0, w.get(2, 2));
    for (int j = 0; j < 3; j++) {
      assertArrayEquals(dense[j], w.toDense()[j]);
    }
  }

  /**
   * The connection count reads the entries as they are only when their keeper keeps signs;
   * otherwise it has them brought up to date first, as weights() does.
   */
  @Test
  void countsPositiveEntriesSyncingOnlyWhenTheKeeperDoesNotKeepSigns() {
    double[][] dense = {{0, 0.5, -0.0}, {0.25, 0, -0.75}, {0, Double.NaN, 1e-320}};
    for (boolean keepsSigns : new boolean[] {false, true}) {
      CsrWeights w = CsrWeights.of(dense, 3, false);
      int[] syncs = new int[1];
      w.defer(new TrackedWeights.Deferred() {
        @Override
        public void syncRow(int pre) {}

        @Override
        public void syncAll() {
          syncs[0]++;
        }

        @Override
        public boolean keepsSigns() {
          return keepsSigns;
        }
      });
      syncs[0] = 0;
      assertEquals(3, w.countPositive()); // 0.5, 0.25, 1e-320; not -0.0, -0.75, NaN
      assertEquals(keepsSigns ? 0 : 1, syncs[0]);
    }
  }

  @Test
  void insertingAnEntryKeepsRowsSortedAndCountsTheChange() {
    CsrWeights w = CsrWeights.of(new double[][] {{0, 0.5, 0}, {0.25, 0, 0.75}}, 3, false);
    long version = w.structureVersion();
    w.set(0, 2, 0.125);
    w.set(1, 1, 0.001);
    w.set(0, 1, 0.5); // present: no structural change
    assertEquals(version + 2, w.structureVersion());
    assertArrayEquals(new int[] {0, 2, 5}, w.rowStart());
    assertArrayEquals(new int[] {1, 2, 0, 1, 2}, java.util.Arrays.copyOf(w.postsynaptic(), 5));
    assertEquals(0.001, w.get(1, 1));
  }

  @Test
  void growsPastItsCapacity() {
    CsrWeights w = CsrWeights.empty(40, 40);
    for (int j = 0; j < 40; j++) {
      for (int i = 39; i >= 0; i--) {
        w.set(j, i, j * 40 + i);
      }
    }
    assertEquals(1600, w.stored());
    assertEquals(40 * 17 + 3, w.get(17, 3));
  }

  @Test
  void compactingDropsPrunedEntriesAndNoValue() {
    CsrWeights w = CsrWeights.of(new double[][] {{0, 0.5, 0.25}, {0.75, 0, 0.125}}, 3, false);
    w.set(0, 1, 0.0);
    w.set(1, 2, 0.0);
    w.set(1, 0, Double.NaN);
    long version = w.structureVersion();
    assertEquals(2, w.compact());
    assertEquals(2, w.stored());
    assertArrayEquals(new int[] {0, 1, 2}, w.rowStart());
    assertEquals(0.25, w.get(0, 2));
    assertEquals(0.0, w.get(0, 1));
    assertTrue(Double.isNaN(w.get(1, 0)));
    assertEquals(version + 1, w.structureVersion());
    assertEquals(0, w.compact());
    assertEquals(version + 1, w.structureVersion());
  }

  /**
   * Clipped only between a whole clip and the next mark, or the next marks forgotten unchecked:
   * marks forgotten as checked keep it so; a new matrix is not, nor a marked one.
   */
  @Test
  void isClippedOnlyWhileNothingMayHaveLeftTheBounds() {
    CsrWeights w = CsrWeights.of(new double[][] {{0, 0.5}, {0.25, 0}}, 2, false);
    assertFalse(w.clipped(), "new: every column marked");
    w.clearChanges(true);
    assertFalse(w.clipped(), "never clipped as a whole");
    w.markClipped();
    assertTrue(w.clipped());
    w.set(0, 1, 1.5);
    assertFalse(w.clipped(), "a column marked");
    w.clearChanges(true);
    assertTrue(w.clipped(), "the marked column checked");
    w.markChanged(0);
    w.clearChanges(false);
    assertFalse(w.clipped(), "marks forgotten unchecked");
    w.clearChanges(true);
    assertFalse(w.clipped(), "still, until a whole clip");
    w.markClipped();
    w.clearChanges(false);
    assertTrue(w.clipped(), "no mark was forgotten");
    w.markAllChanged();
    assertFalse(w.clipped());
  }

  @Test
  void namesTheEntryOutsideTheMatrix() {
    CsrWeights w = CsrWeights.empty(2, 3);
    var e = assertThrows(IndexOutOfBoundsException.class, () -> w.get(2, 0));
    assertEquals("entry (2, 0) outside a 2 x 3 matrix", e.getMessage());
  }
}
