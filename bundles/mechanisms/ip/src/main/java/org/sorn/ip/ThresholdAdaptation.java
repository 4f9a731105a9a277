package org.sorn.ip;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sorn.api.Hyperparameters;
import org.sorn.api.NetworkState;
import org.sorn.api.PlasticityRule;
import org.sorn.api.fastpath.TrackingRule;

/**
 * IP of the excitatory thresholds with its parameters fixed for one run. In the fast path: it
 * writes thresholds only, no weight.
 */
final class ThresholdAdaptation implements PlasticityRule, TrackingRule {
  private final double teMin;
  private final double teMax;
  // eta_ip * (x - h_ip) for x = 0 and x = 1
  private final double[] change;
  private final Map<String, Object> parameters;

  ThresholdAdaptation(double etaIp, double teMin, double teMax, double hIp) {
    this.teMin = teMin;
    this.teMax = teMax;
    this.change = new double[] {etaIp * (0.0 - hIp), etaIp * (1.0 - hIp)};
    Map<String, Object> p = new LinkedHashMap<>();
    p.put(Hyperparameters.ETA_IP, etaIp);
    p.put(Hyperparameters.TE_MIN, teMin);
    p.put(Hyperparameters.TE_MAX, teMax);
    p.put(Hyperparameters.H_IP, hIp);
    this.parameters = Collections.unmodifiableMap(p);
  }

  @Override
  public void apply(NetworkState state) {
    double[] te = state.te();
    boolean[] xt1 = state.x().after();
    // Te_i = Te_i + eta_ip * (x_i(t+1) - h_ip); min before max, as the package's reset_min/max.
    // The two possible changes, computed once: read by the unit's bit, not chosen by a branch
    // (about one unit in ten fires, at random)
    double[] change = this.change;
    for (int i = 0; i < te.length; i++) {
      double t = te[i] + change[xt1[i] ? 1 : 0];
      if (t <= teMin) {
        t = teMin;
      }
      if (t > teMax) {
        t = teMax;
      }
      te[i] = t;
    }
  }

  @Override
  public Map<String, Object> parameters() {
    return parameters;
  }
}
