package org.sorn.example.wdstdp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sorn.api.Activity;
import org.sorn.api.NetworkState;
import org.sorn.api.PlasticityRule;
import org.sorn.api.SynapticWeights;

/**
 * Soft-bound STDP with its rates fixed for one run. It works on the weight arrays in place and
 * allocates nothing per step. It uses the plain SPI only: the engine brings every entry up to date
 * before it and takes every column as written after it.
 */
final class SoftBoundSpikeTiming implements PlasticityRule {
  private final double etaPlus;
  private final double etaMinus;
  private final Map<String, Object> parameters;

  SoftBoundSpikeTiming(double etaPlus, double etaMinus) {
    this.etaPlus = etaPlus;
    this.etaMinus = etaMinus;
    Map<String, Object> p = new LinkedHashMap<>();
    p.put(WeightDependentStdp.ETA_PLUS, etaPlus);
    p.put(WeightDependentStdp.ETA_MINUS, etaMinus);
    this.parameters = Collections.unmodifiableMap(p);
  }

  @Override
  public void apply(NetworkState state) {
    SynapticWeights wee = state.wee();
    Activity x = state.x();
    boolean[] xt = x.before();
    boolean[] xt1 = x.after();
    for (int j = 0; j < wee.rows(); j++) {
      // a presynaptic unit silent at t and at t+1 takes part in no pairing: its row stays
      if (xt[j] || xt1[j]) {
        updateRow(wee, xt, xt1, j);
      }
    }
    clip(wee);
  }

  @Override
  public Map<String, Object> parameters() {
    return parameters;
  }

  /** w_ji += eta_plus (1 - w_ji) x_j(t) x_i(t+1) - eta_minus w_ji x_i(t) x_j(t+1), w_ji != 0. */
  private void updateRow(SynapticWeights wee, boolean[] xt, boolean[] xt1, int j) {
    double preBefore = xt[j] ? 1.0 : 0.0;
    double preAfter = xt1[j] ? 1.0 : 0.0;
    int[] post = wee.postsynaptic();
    double[] w = wee.weights();
    int end = wee.rowStart()[j + 1];
    for (int k = wee.rowStart()[j]; k < end; k++) {
      double wji = w[k];
      if (wji != 0.0) {
        int i = post[k];
        double potentiation = etaPlus * (1.0 - wji) * preBefore * (xt1[i] ? 1.0 : 0.0);
        double depression = etaMinus * wji * (xt[i] ? 1.0 : 0.0) * preAfter;
        w[k] = wji + (potentiation - depression);
      }
    }
  }

  /** Over every stored entry, as the package over the whole matrix: w <= 0 -> 0, then > 1 -> 1. */
  private static void clip(SynapticWeights wee) {
    double[] w = wee.weights();
    int stored = wee.stored();
    for (int k = 0; k < stored; k++) {
      w[k] = w[k] <= 0.0 ? 0.0 : w[k] > 1.0 ? 1.0 : w[k];
    }
  }
}
