package org.sorn.engine;

import java.util.Arrays;
import org.sorn.api.fastpath.TrackedWeights;

/**
 * A weight matrix stored as compressed sparse rows by presynaptic unit: the layout that lets the
 * drives be summed from active presynaptic units only, in ascending presynaptic order. It keeps
 * the fast path's records (changed columns, whether it is clipped, who keeps deferred entries).
 */
public final class CsrWeights implements TrackedWeights {
  private final int rows;
  private final int columns;
  private final int[] rowStart;
  private int[] postsynaptic;
  private double[] weights;
  private int stored;
  private long structureVersion;
  // the changed-column marks: each column once in the list, a flag per column
  private final int[] changed;
  private final boolean[] marked;
  private int changedCount;
  private boolean allChanged = true; // a new matrix is new to every reader of the marks
  // marks were forgotten unchecked since the whole matrix was last clipped (or it never was)
  private boolean unclipped = true;
  private Deferred deferred;

  private CsrWeights(int rows, int columns, int[] rowStart, int[] postsynaptic, double[] weights) {
    this.rows = rows;
    this.columns = columns;
    this.rowStart = rowStart;
    this.postsynaptic = postsynaptic;
    this.weights = weights;
    this.stored = rowStart[rows];
    this.changed = new int[columns];
    this.marked = new boolean[columns];
  }

  /** An empty rows x columns matrix. */
  public static CsrWeights empty(int rows, int columns) {
    return new CsrWeights(rows, columns, new int[rows + 1], new int[16], new double[16]);
  }

  /**
   * A matrix from compressed rows: row j holds entries rowStart[j]..rowStart[j+1]-1 of postsynaptic
   * and weights, with postsynaptic indices ascending within each row. The arrays are taken over.
   */
  public static CsrWeights ofRows(
      int rows, int columns, int[] rowStart, int[] postsynaptic, double[] weights) {
    if (rowStart.length != rows + 1 || postsynaptic.length < rowStart[rows]
        || weights.length < rowStart[rows]) {
      throw new IllegalArgumentException("compressed rows do not match a " + rows + "-row matrix");
    }
    return new CsrWeights(rows, columns, rowStart, postsynaptic, weights);
  }

  /**
   * The entries of a dense matrix [pre][post]; with {@code storeZeros} every entry is stored (a
   * dense matrix in this layout), otherwise only those that are not exactly 0.0.
   */
  public static CsrWeights of(double[][] dense, int columns, boolean storeZeros) {
    int rows = dense.length;
    int[] rowStart = new int[rows + 1];
    int count = 0;
    for (int j = 0; j < rows; j++) {
      for (int i = 0; i < columns; i++) {
        if (storeZeros || dense[j][i] != 0.0) {
          count++;
        }
      }
      rowStart[j + 1] = count;
    }
    int[] post = new int[Math.max(count, 16)];
    double[] w = new double[Math.max(count, 16)];
    int k = 0;
    for (int j = 0; j < rows; j++) {
      for (int i = 0; i < columns; i++) {
        if (storeZeros || dense[j][i] != 0.0) {
          post[k] = i;
          w[k++] = dense[j][i];
        }
      }
    }
    return new CsrWeights(rows, columns, rowStart, post, w);
  }

  /** A dense copy [pre][post]. */
  public double[][] toDense() {
    syncAll();
    double[][] dense = new double[rows][columns];
    for (int j = 0; j < rows; j++) {
      for (int k = rowStart[j]; k < rowStart[j + 1]; k++) {
        dense[j][postsynaptic[k]] = weights[k];
      }
    }
    return dense;
  }

  /** An independent copy. */
  public CsrWeights copy() {
    syncAll();
    return new CsrWeights(
        rows, columns, rowStart.clone(), postsynaptic.clone(), weights.clone());
  }

  @Override
  public int rows() {
    return rows;
  }

  @Override
  public int columns() {
    return columns;
  }

  @Override
  public int[] rowStart() {
    return rowStart;
  }

  @Override
  public int[] postsynaptic() {
    return postsynaptic;
  }

  @Override
  public double[] weights() {
    syncAll();
    return weights;
  }

  @Override
  public double[] rowWeights() {
    return weights;
  }

  /** Counts on the entries as they are when their keeper keeps signs, else brings them up to date. */
  @Override
  public long countPositive() {
    double[] w = deferred == null || deferred.keepsSigns() ? weights : weights();
    long count = 0;
    for (int k = 0; k < stored; k++) {
      count += w[k] > 0.0 ? 1 : 0;
    }
    return count;
  }

  @Override
  public void sumRows(int[] rows, int count, double[] sums) {
    Drives.sum(this, rows, count, sums);
  }

  @Override
  public void syncRow(int pre) {
    if (deferred != null) {
      deferred.syncRow(pre);
    }
  }

  @Override
  public boolean defer(Deferred next) {
    syncAll();
    deferred = next;
    return true;
  }

  /** Brings every deferred entry up to date (before a plain rule). */
  void syncAll() {
    if (deferred != null) {
      deferred.syncAll();
    }
  }

  @Override
  public int stored() {
    return stored;
  }

  @Override
  public long structureVersion() {
    return structureVersion;
  }

  @Override
  public double get(int pre, int post) {
    int k = find(pre, post);
    syncRow(pre);
    return k >= 0 ? weights[k] : 0.0;
  }

  @Override
  public void set(int pre, int post, double weight) {
    int k = find(pre, post);
    markChanged(post);
    if (k >= 0) {
      syncRow(pre);
      weights[k] = weight;
      return;
    }
    // entries move: whoever keeps deferred ones brings them all up to date first
    syncAll();
    int at = -k - 1;
    if (stored == postsynaptic.length) {
      int capacity = stored + Math.max(16, stored >> 1);
      postsynaptic = Arrays.copyOf(postsynaptic, capacity);
      weights = Arrays.copyOf(weights, capacity);
    }
    System.arraycopy(postsynaptic, at, postsynaptic, at + 1, stored - at);
    System.arraycopy(weights, at, weights, at + 1, stored - at);
    postsynaptic[at] = post;
    weights[at] = weight;
    stored++;
    int[] offsets = rowStart; // a local, and a bound that cannot overflow: the JIT vectorises this
    int end = rows + 1;
    for (int j = pre + 1; j < end; j++) {
      offsets[j]++;
    }
    structureVersion++;
  }

  /**
   * Drops the stored entries that are exactly +0.0 (pruned synapses). The matrix's values do not
   * change (an entry not stored is 0.0), only its structure: {@link #structureVersion()} moves on
   * when anything was dropped. Returns the number of entries dropped.
   */
  public int compact() {
    syncAll(); // entries move
    int kept = 0;
    int start = 0;
    for (int j = 0; j < rows; j++) {
      int end = rowStart[j + 1];
      for (int k = start; k < end; k++) {
        if (Double.doubleToRawLongBits(weights[k]) != 0L) { // keeps -0.0 and NaN, as values
          postsynaptic[kept] = postsynaptic[k];
          weights[kept++] = weights[k];
        }
      }
      start = end;
      rowStart[j + 1] = kept;
    }
    int dropped = stored - kept;
    stored = kept;
    if (dropped > 0) {
      structureVersion++;
    }
    return dropped;
  }

  @Override
  public void markChanged(int post) {
    if (!marked[post]) {
      marked[post] = true;
      changed[changedCount++] = post;
    }
  }

  @Override
  public void markAllChanged() {
    allChanged = true;
  }

  @Override
  public boolean allChanged() {
    return allChanged;
  }

  @Override
  public int[] changedColumns() {
    return changed;
  }

  @Override
  public int changedCount() {
    return changedCount;
  }

  @Override
  public void clearChanges(boolean clipped) {
    unclipped |= !clipped && (allChanged || changedCount > 0);
    for (int c = 0; c < changedCount; c++) {
      marked[changed[c]] = false;
    }
    changedCount = 0;
    allChanged = false;
  }

  @Override
  public boolean clipped() {
    return !unclipped && !allChanged && changedCount == 0;
  }

  @Override
  public void markClipped() {
    unclipped = false;
  }

  /** The index of (pre, post) if stored, else -(insertion point) - 1. */
  private int find(int pre, int post) {
    if (pre < 0 || pre >= rows || post < 0 || post >= columns) {
      throw new IndexOutOfBoundsException(
          "entry (" + pre + ", " + post + ") outside a " + rows + " x " + columns + " matrix");
    }
    return Arrays.binarySearch(postsynaptic, rowStart[pre], rowStart[pre + 1], post);
  }
}
