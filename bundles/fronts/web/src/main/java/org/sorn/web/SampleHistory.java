package org.sorn.web;

import java.util.Arrays;

/**
 * The EE connection fraction of a run at the steps its state was copied; when full, every other
 * point is dropped, so that a run of any length keeps at most {@link #CAPACITY} points spread over
 * its whole length.
 */
final class SampleHistory {
  static final int CAPACITY = 2048;

  private final long[] steps = new long[CAPACITY];
  private final double[] fractions = new double[CAPACITY];
  private int size;
  private int keepEvery = 1;
  private long offered;

  synchronized void add(long step, double fraction) {
    if (size > 0 && steps[size - 1] == step) {
      return; // the same state again (a paused run)
    }
    if (offered++ % keepEvery != 0) {
      return;
    }
    if (size == CAPACITY) {
      for (int i = 0; i < CAPACITY / 2; i++) {
        steps[i] = steps[2 * i];
        fractions[i] = fractions[2 * i];
      }
      size = CAPACITY / 2;
      keepEvery *= 2;
    }
    steps[size] = step;
    fractions[size] = fraction;
    size++;
  }

  /** The steps and the connection fractions. */
  synchronized Curve points() {
    return new Curve(Arrays.copyOf(steps, size), Arrays.copyOf(fractions, size));
  }
}
