package org.sorn.ip.unclamped;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sorn.api.Hyperparameters;
import org.sorn.api.NetworkState;
import org.sorn.api.PlasticityRule;
import org.sorn.api.fastpath.TrackingRule;

/**
 * Unclamped IP of the excitatory thresholds with its parameters fixed for one run. In the fast
 * path: it writes thresholds only, no weight.
 */
final class UnclampedThresholdAdaptation implements PlasticityRule, TrackingRule {
  private final double etaIp;
  private final double hIp;
  private final Map<String, Object> parameters;

  UnclampedThresholdAdaptation(double etaIp, double hIp) {
    this.etaIp = etaIp;
    this.hIp = hIp;
    Map<String, Object> p = new LinkedHashMap<>();
    p.put(Hyperparameters.ETA_IP, etaIp);
    p.put(Hyperparameters.H_IP, hIp);
    this.parameters = Collections.unmodifiableMap(p);
  }

  @Override
  public void apply(NetworkState state) {
    double[] te = state.te();
    boolean[] xt1 = state.x().after();
    // T_i += eta_ip * (x_i(t+1) - h_ip), the package's parentheses, and no clamp
    for (int i = 0; i < te.length; i++) {
      te[i] = te[i] + etaIp * ((xt1[i] ? 1.0 : 0.0) - hIp);
    }
  }

  @Override
  public Map<String, Object> parameters() {
    return parameters;
  }
}
