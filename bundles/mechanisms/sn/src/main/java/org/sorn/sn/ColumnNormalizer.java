package org.sorn.sn;

import java.util.Arrays;
import org.sorn.api.fastpath.TrackedWeights;

/**
 * W[:, i] /= sum_j W[j][i] for one matrix, exactly as the package computes it, doing the work only
 * where it can change something.
 *
 * <p>A column left with a sum (in the package's ascending order) of exactly 1.0 is settled: the
 * package's next division is by 1.0 and changes nothing, so it is skipped until a rule writes the
 * column again, which the rule says by marking it ({@link TrackedWeights#markChanged(int)}). Each
 * step therefore divides the columns marked since the last step and the unsettled ones, those
 * whose sum came out a rounding error away from 1.0 (they move by an ulp each step, as in the
 * package). A matrix marked all changed, a new matrix, or the first step divides every column.
 *
 * <p>The marks are cleared once read. Every column divided is checked on the way: when none is
 * left with an entry outside [0, 1] (negative, -0.0, above 1 or NaN), the marks are cleared as
 * checked, and the matrix stays {@link TrackedWeights#clipped() clipped}; otherwise it is not,
 * and the clip of STDP or iSTDP goes over the whole matrix, as the package's does.
 *
 * <p>Most unsettled columns flip between two sets of values, an ulp apart, step after step. Once
 * a division of a column nobody wrote gives back its values of the step before, the column is in
 * that cycle: it is no longer divided, nor written, each step. It keeps both sets (the one in the
 * matrix and the other here) and the number of divisions it has made since; an entry is brought up
 * to date (swapped with its other value, if the parity says so) only where it is read: the rows the
 * rules visit ({@link TrackedWeights#syncRow}), the whole matrix for {@link
 * TrackedWeights#weights()}, and the column itself once a rule writes it, when it leaves the cycle.
 * A matrix that cannot defer (a view of one outside the engine) defers nothing.
 */
final class ColumnNormalizer implements TrackedWeights.Deferred {
  private TrackedWeights matrix;
  // whether the matrix asks this normaliser for its deferred entries
  private boolean canDefer;
  private long structureVersion = -1;
  // the stored entries of each column, in ascending presynaptic order: column i holds
  // entries[columnStart[i]] .. entries[columnStart[i+1] - 1]
  private int[] columnStart = new int[0];
  private int[] entries = new int[0];
  private int[] fill = new int[0];
  // the row offsets and entry count the index was made for
  private int[] indexedRowStart = new int[0];
  private int indexedStored;
  // the columns to divide again next step although nobody writes them
  private int[] unsettled = new int[0];
  // per column: UNKNOWN, DIVIDED (previous holds its entries before its last division and nobody
  // wrote it since) or CYCLING (and that division's result divided again gives them back)
  private static final byte UNKNOWN = 0;
  private static final byte DIVIDED = 1;
  private static final byte CYCLING = 2;
  private byte[] cycle = new byte[0];
  // per entry of the index: its value before the column's last division; in a cycle, its other value
  private double[] previous = new double[0];
  // each column's sum as this normaliser left it (meaningful for the unsettled ones), and the sum
  // its last division divided by (for the columns in a cycle that are swapped each step)
  private double[] sumAfter = new double[0];
  private double[] sumBefore = new double[0];
  // deferring cycles pays where most rows are not visited in a step: in large networks. In small
  // ones nearly every row is read each step and columns enter and leave cycles all the time, so a
  // column in a cycle is swapped each step instead (measured: docs/performance.md)
  static final int DEFER_FROM_COLUMNS = 2000;
  private boolean deferring;
  private int unsettledCount;
  // the unsettled columns not marked this step (marked ones have queuedAt[i] == round)
  private int[] work = new int[0];
  // how many columns divided this step hold an entry outside [0, 1]: negative, -0.0, > 1 or NaN
  private int outsideCount;
  private int[] queuedAt = new int[0];
  private int round;
  // deferred cycles: the divisions made so far, per column the count when its cycle began, per
  // index position which of the two sets the matrix holds, and the index position of each entry
  private long divisions;
  private long[] cycleStart = new long[0];
  private byte[] holds = new byte[0];
  private int[] positionOf = new int[0];
  private int cycling;
  // per row: how many of its entries are in columns in a cycle (rows without any are not visited)
  private int[] cyclingInRow = new int[0];
  // the division count at which every entry was last brought up to date
  private long upToDate = -1;

  void normalize(TrackedWeights w) {
    boolean all = w != matrix || w.allChanged() || columnStart.length != w.columns() + 1;
    if (w != matrix) {
      cycling = 0; // another matrix: nothing deferred applies to it
      canDefer = w.defer(this);
    }
    if (all) {
      syncAll();
      index(w);
    } else if (w.structureVersion() != structureVersion && !insertOne(w)) {
      // entries moved (the matrix brought everything up to date first): the index starts again,
      // and the columns it held in a deferred cycle are divided as written ones
      markDeferred(w);
      index(w);
    }
    double[] weights = w.rowWeights();
    if (all) {
      unsettledCount = 0;
      for (int i = 0; i < w.columns(); i++) {
        cycle[i] = UNKNOWN;
        divide(i, weights, sum(i, weights));
      }
    } else {
      // the unsettled columns nobody marked still hold what this normaliser left: their sum is
      // the one it computed then, in the same order, so only the division is repeated
      int carried = carryUnsettled(w);
      unsettledCount = 0;
      int[] marked = w.changedColumns();
      for (int c = 0; c < w.changedCount(); c++) {
        int i = marked[c];
        if (cycle[i] == CYCLING && deferring) { // written: deferred entries first, then out of the cycle
          syncColumn(i, weights);
          countRows(i, w.rowStart(), -1);
          cycling--;
        }
        cycle[i] = UNKNOWN; // written since its last division
        if (columnStart[i + 1] - columnStart[i] != 1 || !divideSingle(i, weights)) {
          divide(i, weights, sum(i, weights));
        }
      }
      for (int q = 0; q < carried; q++) {
        int i = work[q];
        if (cycle[i] == CYCLING) { // only when not deferring: deferred cycles are not carried
          swap(i, weights);
        } else {
          divide(i, weights, sumAfter[i]);
        }
      }
    }
    // every column divided was checked: the matrix stays clipped if none is left outside [0, 1]
    w.clearChanges(outsideCount == 0);
    outsideCount = 0;
    divisions++; // every column in a cycle has made one more division
  }

  @Override
  public void syncRow(int pre) {
    if (cycling == 0 || upToDate == divisions || cyclingInRow[pre] == 0) {
      return;
    }
    int[] rowStart = matrix.rowStart();
    int[] post = matrix.postsynaptic();
    double[] weights = matrix.rowWeights();
    for (int k = rowStart[pre]; k < rowStart[pre + 1]; k++) {
      int i = post[k];
      if (cycle[i] == CYCLING) {
        bringUpToDate(positionOf[k], k, i, weights);
      }
    }
  }

  @Override
  public void syncAll() {
    if (cycling == 0 || upToDate == divisions) {
      return;
    }
    double[] weights = matrix.rowWeights();
    for (int i = 0; i < cycle.length; i++) {
      if (cycle[i] == CYCLING) {
        syncColumn(i, weights);
      }
    }
    upToDate = divisions;
  }

  /**
   * True: a column in a cycle holds values a and a / s with s its sum, within a few ulps of 1 (two
   * divisions bring a back, so s_a s_b is 1 within rounding and each sum is near 1). 0 / s is 0,
   * and a > 0 divided by s near 1 stays > 0 (even the smallest subnormal rounds back to itself),
   * so both values of every deferred entry are above 0 or neither is.
   */
  @Override
  public boolean keepsSigns() {
    return true;
  }

  private void syncColumn(int i, double[] weights) {
    for (int e = columnStart[i]; e < columnStart[i + 1]; e++) {
      bringUpToDate(e, entries[e], i, weights);
    }
  }

  /** Entry k (index position e) of a column in a cycle: the set of values of this step. */
  private void bringUpToDate(int e, int k, int i, double[] weights) {
    byte wanted = (byte) ((divisions - cycleStart[i]) & 1L);
    if (holds[e] != wanted) {
      double v = previous[e];
      previous[e] = weights[k];
      weights[k] = v;
      holds[e] = wanted;
    }
  }

  /** Marks the columns in a deferred cycle (up to date: the matrix saw to it), for division. */
  private void markDeferred(TrackedWeights w) {
    for (int i = 0; i < cycle.length && cycling > 0; i++) {
      if (cycle[i] == CYCLING) {
        w.markChanged(i);
      }
    }
  }

  /** Adds {@code by} to the count of each row holding an entry of column i. */
  private void countRows(int i, int[] rowStart, int by) {
    for (int e = columnStart[i]; e < columnStart[i + 1]; e++) {
      int row = Arrays.binarySearch(rowStart, entries[e]);
      // the row whose span holds the entry: the last offset not above it (empty rows share one)
      row = row >= 0 ? lastRowStartingAt(rowStart, row) : -row - 2;
      cyclingInRow[row] += by;
    }
  }

  private static int lastRowStartingAt(int[] rowStart, int row) {
    while (row + 1 < rowStart.length - 1 && rowStart[row + 1] == rowStart[row]) {
      row++;
    }
    return row;
  }

  /** The unsettled columns that are not marked, into work; returns how many. */
  private int carryUnsettled(TrackedWeights w) {
    if (++round == Integer.MAX_VALUE) {
      round = 1;
      Arrays.fill(queuedAt, 0);
    }
    int[] marked = w.changedColumns();
    for (int c = 0; c < w.changedCount(); c++) {
      queuedAt[marked[c]] = round;
    }
    int count = 0;
    for (int c = 0; c < unsettledCount; c++) {
      int i = unsettled[c];
      if (queuedAt[i] != round) {
        work[count++] = i;
      }
    }
    return count;
  }

  /** Sum of column i in ascending presynaptic order, as the package sums it. */
  private double sum(int i, double[] weights) {
    double s = 0.0;
    for (int e = columnStart[i]; e < columnStart[i + 1]; e++) {
      s += weights[entries[e]];
    }
    return s;
  }

  /**
   * The package's step for one column of sum s: divide each entry; the column is kept for the
   * next step when the new entries do not sum to exactly 1.0. The entries before the division are
   * kept too: when the next division of an unwritten column gives them back, the column is in a
   * cycle of two (as most unsettled ones are) and {@link #swap} continues it without dividing.
   */
  private void divide(int i, double[] weights, double s) {
    int from = columnStart[i];
    int to = columnStart[i + 1];
    if (s == 0.0) { // Q17: an all-zero column stays zero instead of becoming NaN
      cycle[i] = UNKNOWN;
      for (int e = from; e < to; e++) {
        if (!inRange(weights[entries[e]])) {
          outsideCount++;
          return;
        }
      }
      return;
    }
    double after = 0.0;
    // sign bits of v and of 1 - v: set when an entry is negative, -0.0 or above 1
    long signs = 0L;
    // whether the new entries equal those before the last division (meaningful if that is known)
    boolean same = cycle[i] == DIVIDED;
    if (same) {
      for (int e = from; e < to; e++) {
        int k = entries[e];
        double old = weights[k];
        double v = old / s;
        weights[k] = v;
        after += v;
        signs |= Double.doubleToRawLongBits(v) | Double.doubleToRawLongBits(1.0 - v);
        same &= Double.doubleToRawLongBits(v) == Double.doubleToRawLongBits(previous[e]);
        previous[e] = old;
      }
    } else { // written since: nothing to compare with
      for (int e = from; e < to; e++) {
        int k = entries[e];
        double old = weights[k];
        double v = old / s;
        weights[k] = v;
        after += v;
        signs |= Double.doubleToRawLongBits(v) | Double.doubleToRawLongBits(1.0 - v);
        previous[e] = old;
      }
    }
    sumBefore[i] = s;
    sumAfter[i] = after;
    boolean inRange = signs >= 0L && after == after; // a NaN entry makes the sum NaN
    if (same && inRange && after != 1.0 && !deferring) {
      cycle[i] = CYCLING; // swapped each step from now on
      unsettled[unsettledCount++] = i;
      return;
    }
    if (same && inRange && after != 1.0) {
      // the values of the step before came back: from now on the column flips without dividing
      cycle[i] = CYCLING;
      cycling++;
      cycleStart[i] = divisions + 1; // the matrix holds the set of the coming step
      for (int e = from; e < to; e++) {
        holds[e] = 0;
      }
      countRows(i, matrix.rowStart(), 1);
      return;
    }
    cycle[i] = DIVIDED;
    if (after != 1.0) { // NaN included: a NaN column is divided every step, as in the package
      unsettled[unsettledCount++] = i;
    }
    if (!inRange) {
      outsideCount++;
    }
  }

  /**
   * A written column of one entry w, finite and not 0 (W^EI's columns, pruned by iSTDP to one entry
   * each, are most of these): its sum is 0.0 + w = w and w / w is exactly 1.0, which sums to 1.0:
   * the column is settled, as {@link #divide} would leave it, without the division's wait. False,
   * and nothing done, for any other w.
   */
  private boolean divideSingle(int i, double[] weights) {
    int e = columnStart[i];
    int k = entries[e];
    double w = weights[k];
    if (w == 0.0 || !Double.isFinite(w)) {
      return false;
    }
    weights[k] = 1.0;
    previous[e] = w;
    sumBefore[i] = w;
    sumAfter[i] = 1.0;
    cycle[i] = DIVIDED;
    return true;
  }

  /**
   * The next division of a column in a cycle, nobody having written it, when cycles are not
   * deferred: the entries before the last division come back, bit for bit.
   */
  private void swap(int i, double[] weights) {
    for (int e = columnStart[i]; e < columnStart[i + 1]; e++) {
      int k = entries[e];
      double v = previous[e];
      previous[e] = weights[k];
      weights[k] = v;
    }
    double s = sumBefore[i];
    sumBefore[i] = sumAfter[i];
    sumAfter[i] = s;
    unsettled[unsettledCount++] = i;
  }

  /** In [0, 1] and not -0.0: what the package's clip leaves as it is. */
  private static boolean inRange(double v) {
    return Double.doubleToRawLongBits(v) >= 0L && v <= 1.0;
  }

  /** The column index of the stored entries, each column's entries in ascending presynaptic order. */
  private void index(TrackedWeights w) {
    int columns = w.columns();
    int rows = w.rows();
    int stored = w.stored();
    int[] rowStart = w.rowStart();
    int[] post = w.postsynaptic();
    // arrays are kept and grown, not made anew: a new synapse comes every tenth step or so
    if (columnStart.length != columns + 1) {
      columnStart = new int[columns + 1];
      fill = new int[columns];
      unsettled = new int[columns];
      sumAfter = new double[columns];
      sumBefore = new double[columns];
      cycle = new byte[columns];
      cycleStart = new long[columns];
      work = new int[columns];
      queuedAt = new int[columns];
      unsettledCount = 0;
    }
    Arrays.fill(columnStart, 0);
    Arrays.fill(fill, 0);
    for (int k = 0; k < stored; k++) {
      columnStart[post[k] + 1]++;
    }
    for (int i = 0; i < columns; i++) {
      columnStart[i + 1] += columnStart[i];
    }
    if (entries.length < stored) {
      entries = new int[stored + (stored >> 3)];
      previous = new double[entries.length];
      holds = new byte[entries.length];
      positionOf = new int[entries.length];
    }
    deferring = canDefer && columns >= DEFER_FROM_COLUMNS;
    Arrays.fill(cycle, UNKNOWN); // entries move: what previous held is no longer known
    cycling = 0;
    if (cyclingInRow.length != rows) {
      cyclingInRow = new int[rows];
    }
    Arrays.fill(cyclingInRow, 0);
    for (int j = 0; j < rows; j++) {
      for (int k = rowStart[j]; k < rowStart[j + 1]; k++) {
        int i = post[k];
        int e = columnStart[i] + fill[i]++;
        entries[e] = k;
        positionOf[k] = e;
      }
    }
    if (indexedRowStart.length != rows + 1) {
      indexedRowStart = new int[rows + 1];
    }
    System.arraycopy(rowStart, 0, indexedRowStart, 0, rows + 1);
    indexedStored = stored;
    matrix = w;
    structureVersion = w.structureVersion();
  }

  /**
   * Brings the index up to date after one new synapse (what structural plasticity makes), without
   * building it again: the entries from the new one's position on move up by one, and the new one
   * joins its column in presynaptic order. False when the change is not a single insertion.
   */
  private boolean insertOne(TrackedWeights w) {
    int rows = w.rows();
    int[] rowStart = w.rowStart();
    if (w.stored() != indexedStored + 1 || rowStart[0] != 0) {
      return false;
    }
    int row = TrackedWeights.rowGainingOne(indexedRowStart, rowStart, rows);
    if (row < 0) {
      return false;
    }
    // the new entry is the one of its row whose column holds no entry of that row yet
    int[] post = w.postsynaptic();
    int at = -1;
    for (int k = rowStart[row]; k < rowStart[row + 1] && at < 0; k++) {
      if (!holdsRow(post[k], indexedRowStart[row], indexedRowStart[row + 1])) {
        at = k;
      }
    }
    if (at < 0) {
      return false;
    }
    int column = post[at];
    int total = columnStart[columnStart.length - 1];
    // entries at or after the new one move up by one; branch-free (the comparison is unpredictable
    // in column order): (at - 1 - k) is negative exactly when k >= at
    int[] index = entries;
    for (int e = 0; e < total; e++) {
      int k = index[e];
      index[e] = k + ((at - 1 - k) >>> 31);
    }
    if (entries.length < total + 1) {
      entries = Arrays.copyOf(entries, total + 1 + (total >> 3));
      previous = Arrays.copyOf(previous, entries.length);
      holds = Arrays.copyOf(holds, entries.length);
      positionOf = Arrays.copyOf(positionOf, entries.length);
    }
    int position = columnStart[column];
    while (position < columnStart[column + 1] && entries[position] < at) {
      position++;
    }
    // the previous values move with their entries; the new one's column is marked (set marks it)
    System.arraycopy(entries, position, entries, position + 1, total - position);
    System.arraycopy(previous, position, previous, position + 1, total - position);
    System.arraycopy(holds, position, holds, position + 1, total - position);
    entries[position] = at;
    // the new entry holds the value of this step: in a cycle, it is up to date as it is
    holds[position] = cycle[column] == CYCLING ? (byte) ((divisions - cycleStart[column]) & 1L) : 0;
    if (cycle[column] == CYCLING) {
      cyclingInRow[row]++;
    }
    // each entry's index position, by entry: entries from at on moved up by one, so did positions
    System.arraycopy(positionOf, at, positionOf, at + 1, total - at);
    // a local array and a loop bound it can count to without overflow: the JIT vectorises the
    // loop then (with k <= total it did not: 5.2 us an insertion at ne = 200 instead of 0.5)
    int[] positions = positionOf;
    int count = total + 1;
    for (int k = 0; k < count; k++) {
      int p = positions[k];
      positions[k] = p + ((position - 1 - p) >>> 31);
    }
    positionOf[at] = position;
    for (int i = column + 1; i < columnStart.length; i++) {
      columnStart[i]++;
    }
    System.arraycopy(rowStart, 0, indexedRowStart, 0, rows + 1);
    indexedStored = w.stored();
    structureVersion = w.structureVersion();
    return true;
  }

  /** Whether column i's indexed entries include one in [from, to), the old span of a row. */
  private boolean holdsRow(int i, int from, int to) {
    int lo = columnStart[i];
    int hi = columnStart[i + 1] - 1;
    while (lo <= hi) { // entries of a column ascend with their row
      int mid = (lo + hi) >>> 1;
      int k = entries[mid];
      if (k < from) {
        lo = mid + 1;
      } else if (k >= to) {
        hi = mid - 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
