package org.sorn.readout;

import org.sorn.api.StepListener;
import org.sorn.api.StepView;

/**
 * Keeps x(t+1), the excitatory state after step t, for the steps {@code first .. first+count-1}
 * of a run, as rows of 0.0 and 1.0: the network's response to the input u(t). The rows are made
 * once, up front; a step copies into its row.
 */
public final class StateRecorder implements StepListener {
  private final long first;
  private final double[][] states;

  /**
   * @param first the first step kept
   * @param count the number of steps kept
   * @param units the number of excitatory units
   */
  public StateRecorder(long first, int count, int units) {
    this.first = first;
    this.states = new double[count][units];
  }

  @Override
  public void afterStep(StepView step) {
    long row = step.step() - first;
    if (row < 0 || row >= states.length) {
      return;
    }
    boolean[] x = step.state().x().after();
    double[] state = states[(int) row];
    for (int i = 0; i < state.length; i++) {
      state[i] = x[i] ? 1.0 : 0.0;
    }
  }

  /** The kept states, row r for step first + r; rows of steps not run are all 0. */
  public double[][] states() {
    return states;
  }
}
