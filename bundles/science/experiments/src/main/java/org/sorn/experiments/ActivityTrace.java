package org.sorn.experiments;

import java.util.Arrays;
import org.sorn.api.StepListener;
import org.sorn.api.StepView;
import org.sorn.api.fastpath.TrackedWeights;

/**
 * a(t), the active excitatory units after each step of a run (what the avalanches are cut from),
 * and, every {@code every} steps, the EE connections: the run's record for the avalanche
 * experiment, without files.
 */
final class ActivityTrace implements StepListener {
  private final int[] active;
  private final long every;
  private long[] connections;
  private int samples;

  /**
   * @param steps the run's steps
   * @param every the distance of two connection counts; 0 for none
   */
  ActivityTrace(long steps, long every) {
    this.active = new int[Math.toIntExact(steps)];
    this.every = every;
    this.connections = new long[every > 0 ? (int) (steps / every) + 1 : 0];
  }

  @Override
  public void afterStep(StepView step) {
    long t = step.step();
    if (t < active.length) {
      active[(int) t] = step.state().x().activeAfterCount();
    }
    if (every > 0 && t % every == 0 && samples < connections.length) {
      connections[samples++] = TrackedWeights.of(step.state().wee()).countPositive();
    }
  }

  int[] active() {
    return active;
  }

  /** The EE connections at steps 0, every, 2 every, ... */
  long[] connections() {
    return Arrays.copyOf(connections, samples);
  }
}
