package org.sorn.api.fastpath;

import java.util.Arrays;
import org.sorn.api.SynapticWeights;

/** A matrix outside the engine seen through the fast path: every column always changed. */
final class UntrackedWeights implements TrackedWeights {
  private static final int[] NONE = new int[0];
  private final SynapticWeights matrix;

  UntrackedWeights(SynapticWeights matrix) {
    this.matrix = matrix;
  }

  @Override
  public int rows() {
    return matrix.rows();
  }

  @Override
  public int columns() {
    return matrix.columns();
  }

  @Override
  public int[] rowStart() {
    return matrix.rowStart();
  }

  @Override
  public int[] postsynaptic() {
    return matrix.postsynaptic();
  }

  @Override
  public double[] weights() {
    return matrix.weights();
  }

  @Override
  public int stored() {
    return matrix.stored();
  }

  @Override
  public double get(int pre, int post) {
    return matrix.get(pre, post);
  }

  @Override
  public void set(int pre, int post, double weight) {
    matrix.set(pre, post, weight);
  }

  @Override
  public long structureVersion() {
    return matrix.structureVersion();
  }

  // marks are not kept: every column counts as changed, always
  @Override
  public void markChanged(int post) {}

  @Override
  public void markAllChanged() {}

  @Override
  public boolean allChanged() {
    return true;
  }

  @Override
  public int[] changedColumns() {
    return NONE;
  }

  @Override
  public int changedCount() {
    return 0;
  }

  @Override
  public void clearChanges(boolean clipped) {}

  @Override
  public boolean clipped() {
    return false;
  }

  @Override
  public void markClipped() {}

  @Override
  public double[] rowWeights() {
    return matrix.weights();
  }

  @Override
  public void syncRow(int pre) {}

  @Override
  public boolean defer(Deferred keeper) {
    return false;
  }

  @Override
  public long countPositive() {
    double[] w = matrix.weights();
    long count = 0;
    for (int k = 0; k < matrix.stored(); k++) {
      count += w[k] > 0.0 ? 1 : 0;
    }
    return count;
  }

  @Override
  public void sumRows(int[] rows, int count, double[] sums) {
    Arrays.fill(sums, 0.0);
    int[] rowStart = matrix.rowStart();
    int[] post = matrix.postsynaptic();
    double[] w = matrix.weights();
    for (int a = 0; a < count; a++) {
      for (int k = rowStart[rows[a]]; k < rowStart[rows[a] + 1]; k++) {
        sums[post[k]] += w[k];
      }
    }
  }
}
