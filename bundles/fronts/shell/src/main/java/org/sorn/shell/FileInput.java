package org.sorn.shell;

import org.sorn.api.InputSequence;

/** The input of a run read from a file: column t of the nu x T matrix feeds step t. */
final class FileInput implements InputSequence {
  private final int nu;
  private final int steps;

  /** Column-major, so that one step's input is one contiguous copy. */
  private final double[] columns;

  FileInput(NumericArray matrix) {
    nu = matrix.rows();
    steps = matrix.columns();
    columns = new double[nu * steps];
    double[] rows = matrix.values();
    for (int i = 0; i < nu; i++) {
      for (int t = 0; t < steps; t++) {
        columns[t * nu + i] = rows[i * steps + t];
      }
    }
  }

  @Override
  public void fill(long step, double[] u) {
    System.arraycopy(columns, Math.toIntExact(step) * nu, u, 0, nu);
  }

  @Override
  public long length() {
    return steps;
  }
}
