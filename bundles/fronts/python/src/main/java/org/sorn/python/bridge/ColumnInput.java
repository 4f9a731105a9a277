package org.sorn.python.bridge;

import java.nio.DoubleBuffer;
import org.sorn.api.InputSequence;

/** The input as the package takes it: nu x T, column t the input of step t, from element 0. */
final class ColumnInput implements InputSequence {
  private final DoubleBuffer values;
  private final long steps;

  ColumnInput(DoubleBuffer values, long steps) {
    this.values = values;
    this.steps = steps;
  }

  @Override
  public void fill(long step, double[] u) {
    for (int i = 0; i < u.length; i++) {
      u[i] = values.get((int) (i * steps + step));
    }
  }

  @Override
  public long length() {
    return steps;
  }
}
