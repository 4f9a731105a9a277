package org.sorn.istdp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sorn.api.Activity;
import org.sorn.api.Hyperparameters;
import org.sorn.api.NetworkState;
import org.sorn.api.PlasticityRule;
import org.sorn.api.fastpath.TrackedWeights;
import org.sorn.api.fastpath.TrackingRule;

/** iSTDP of W^EI with its parameters fixed for one run. */
final class InhibitorySpikeTimingRule implements PlasticityRule, TrackingRule {
  private final double etaInhib;
  private final double muIp;
  /** (1 + 1/mu_ip), the same subexpression the package evaluates per synapse. */
  private final double gain;
  private final Map<String, Object> parameters;

  InhibitorySpikeTimingRule(double etaInhib, double muIp) {
    this.etaInhib = etaInhib;
    this.muIp = muIp;
    this.gain = 1.0 + 1.0 / muIp;
    Map<String, Object> p = new LinkedHashMap<>();
    p.put(Hyperparameters.ETA_INHIB, etaInhib);
    p.put(Hyperparameters.MU_IP, muIp);
    this.parameters = Collections.unmodifiableMap(p);
  }

  @Override
  public void apply(NetworkState state) {
    TrackedWeights wei = TrackedWeights.of(state.wei());
    Activity y = state.y();
    boolean[] xt1 = state.x().after();
    // The package clips the whole matrix after the update. Entries written here are clipped as
    // they are written; the others need the clip only when the matrix says they may (a rule wrote
    // since the last clip without checking what it left).
    boolean clipAll = !wei.clipped();
    // A row silent at t adds ((-eta)*0)*f, a signed zero that leaves w != 0 unchanged, unless
    // eta or f is not finite (NaN in the package, as with mu_ip = 0): only then visit every row.
    if (Double.isFinite(etaInhib) && Double.isFinite(gain)) {
      int[] active = y.activeBefore();
      for (int a = 0; a < y.activeBeforeCount(); a++) {
        updateRow(wei, active[a], 1.0, xt1);
      }
    } else {
      boolean[] yt = y.before();
      for (int k = 0; k < wei.rows(); k++) {
        updateRow(wei, k, yt[k] ? 1.0 : 0.0, xt1);
      }
    }
    if (clipAll) {
      clip(wei);
      wei.markClipped();
    }
  }

  @Override
  public Map<String, Object> parameters() {
    return parameters;
  }

  /**
   * w_ki += ((-eta_inhib) * y_k(t)) * (1 - x_i(t+1) * (1 + 1/mu_ip)) for the stored w_ki != 0,
   * clipped to [0, 1].
   */
  private void updateRow(TrackedWeights wei, int k, double ykt, boolean[] xt1) {
    int[] post = wei.postsynaptic();
    wei.syncRow(k);
    double[] w = wei.rowWeights(); // this row only, brought up to date
    int end = wei.rowStart()[k + 1];
    for (int s = wei.rowStart()[k]; s < end; s++) {
      if (w[s] != 0.0) {
        double xit1 = xt1[post[s]] ? 1.0 : 0.0;
        w[s] = Math.min(Math.max(w[s] + ((-etaInhib) * ykt) * (1.0 - xit1 * gain), 0.0), 1.0);
        wei.markChanged(post[s]);
      }
    }
  }

  /**
   * Over every stored entry, as the package over the whole matrix: w <= 0 -> 0, then w > 1 -> 1.
   * min(max(w, 0), 1) is the same map, NaN and -0.0 included. Only an entry it changes is written
   * and its column marked (bits compared, so that -0.0 becomes 0.0 as in the package).
   */
  private static void clip(TrackedWeights wei) {
    double[] w = wei.weights();
    int[] post = wei.postsynaptic();
    int stored = wei.stored();
    for (int s = 0; s < stored; s++) {
      double v = w[s];
      double c = Math.min(Math.max(v, 0.0), 1.0);
      if (Double.doubleToRawLongBits(c) != Double.doubleToRawLongBits(v)) {
        w[s] = c;
        wei.markChanged(post[s]);
      }
    }
  }
}
