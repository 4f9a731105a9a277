package org.sorn.istdp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sorn.api.Activity;
import org.sorn.api.Hyperparameters;
import org.sorn.api.NetworkState;
import org.sorn.api.PlasticityRule;
import org.sorn.api.SynapticWeights;

/** iSTDP of W^EI with its parameters fixed for one run. */
final class InhibitorySpikeTimingRule implements PlasticityRule {
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
    SynapticWeights wei = state.wei();
    Activity y = state.y();
    boolean[] xt1 = state.x().after();
    // The package clips the whole matrix after the update. An entry nobody wrote since the last
    // clip is still in [0, 1] (or NaN): the normalisation keeps it so, and marks a column it could
    // not keep so. Entries written here are clipped as they are written; only when other rules
    // marked columns since the normalisation does every entry need the clip.
    boolean clipAll = wei.allChanged() || wei.changedCount() > 0;
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
    }
  }

  @Override
  public Map<String, Object> parameters() {
    return parameters;
  }

  @Override
  public boolean marksChangedColumns() {
    return true;
  }

  /**
   * w_ki += ((-eta_inhib) * y_k(t)) * (1 - x_i(t+1) * (1 + 1/mu_ip)) for the stored w_ki != 0,
   * clipped to [0, 1].
   */
  private void updateRow(SynapticWeights wei, int k, double ykt, boolean[] xt1) {
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
  private static void clip(SynapticWeights wei) {
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
