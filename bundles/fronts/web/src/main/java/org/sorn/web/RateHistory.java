package org.sorn.web;

/**
 * The population rate of a whole run, as means over bins of consecutive steps. When the bins are
 * full, neighbours merge in place and the next bins are twice as wide, so that a run of any length
 * keeps at most {@link #CAPACITY} points and nothing is allocated as it goes.
 *
 * <p>{@link #add} is called on the run's thread and takes a lock only when a bin closes;
 * {@link #points} may be called on any thread.
 */
final class RateHistory {
  static final int CAPACITY = 2048;
  private static final int FIRST_WIDTH = 16;

  private final int units;
  private final long[] starts = new long[CAPACITY];
  private final long[] steps = new long[CAPACITY];
  private final long[] active = new long[CAPACITY];
  private int closed;
  private long width = FIRST_WIDTH;
  // the bin being filled, the run's thread only
  private long openStart;
  private long openSteps;
  private long openActive;

  /** @param units the number of units the rate is a fraction of (ne) */
  RateHistory(int units) {
    this.units = units;
  }

  /** Step {@code step} left {@code activeUnits} units active. */
  void add(long step, int activeUnits) {
    if (openSteps == 0) {
      openStart = step;
    }
    openActive += activeUnits;
    if (++openSteps >= width) {
      close();
    }
  }

  private synchronized void close() {
    if (closed == CAPACITY) {
      for (int i = 0; i < CAPACITY / 2; i++) {
        starts[i] = starts[2 * i];
        steps[i] = steps[2 * i] + steps[2 * i + 1];
        active[i] = active[2 * i] + active[2 * i + 1];
      }
      closed = CAPACITY / 2;
      width *= 2;
    }
    starts[closed] = openStart;
    steps[closed] = openSteps;
    active[closed] = openActive;
    closed++;
    openSteps = 0;
    openActive = 0;
  }

  /** The closed bins: their first steps, and the mean fraction of units active in each. */
  synchronized Curve points() {
    long[] first = new long[closed];
    double[] rate = new double[closed];
    for (int i = 0; i < closed; i++) {
      first[i] = starts[i];
      rate[i] = active[i] / (double) (steps[i] * units);
    }
    return new Curve(first, rate);
  }
}
