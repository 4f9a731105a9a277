package org.sorn.itests;

import java.util.SplittableRandom;
import org.sorn.api.InputSequence;

/**
 * An input fixed in advance, so that a run and the segments of its reference see the same u(t): a
 * nu x steps matrix of uniform [0, 1) values, read from an offset on.
 */
final class FixedInput implements InputSequence {
  private final double[][] values;
  private final long offset;

  private FixedInput(double[][] values, long offset) {
    this.values = values;
    this.offset = offset;
  }

  /** The matrix drawn from {@code new SplittableRandom(seed)}, row by row. */
  static FixedInput uniform(int nu, int steps, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] values = new double[nu][steps];
    for (double[] row : values) {
      for (int t = 0; t < steps; t++) {
        row[t] = random.nextDouble();
      }
    }
    return new FixedInput(values, 0);
  }

  /** The same input from step {@code steps} of this one on: what a run started there reads. */
  FixedInput from(long steps) {
    return new FixedInput(values, offset + steps);
  }

  @Override
  public void fill(long step, double[] u) {
    int t = Math.toIntExact(offset + step);
    for (int i = 0; i < u.length; i++) {
      u[i] = values[i][t];
    }
  }

  @Override
  public long length() {
    return values[0].length - offset;
  }
}
