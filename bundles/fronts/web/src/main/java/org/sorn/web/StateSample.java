package org.sorn.web;

import org.sorn.api.NetworkState;
import org.sorn.api.SynapticWeights;

/**
 * What the page shows of a copy of a run's state: the EE connection fraction {@code #(W^EE > 0) /
 * (ne (ne - 1))}, the excitatory thresholds and the EE weights of the existing synapses.
 *
 * @param step the steps the state has been through
 */
record StateSample(
    long step,
    long connections,
    double connectionFraction,
    Histogram thresholds,
    Histogram weights) {

  static StateSample of(NetworkState state) {
    SynapticWeights wee = state.wee();
    double[] w = wee.weights();
    int stored = wee.stored();
    double[] positive = new double[stored];
    int n = 0;
    for (int k = 0; k < stored; k++) {
      if (w[k] > 0.0) {
        positive[n++] = w[k];
      }
    }
    int ne = state.ne();
    double pairs = (double) ne * (ne - 1);
    double[] te = state.te();
    return new StateSample(
        state.step(),
        n,
        pairs > 0 ? n / pairs : 0.0,
        Histogram.of(te, te.length),
        Histogram.of(positive, n));
  }
}
