package org.sorn.stdp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sorn.api.Activity;
import org.sorn.api.Hyperparameters;
import org.sorn.api.NetworkState;
import org.sorn.api.PlasticityRule;
import org.sorn.api.SynapticWeights;

/** STDP of W^EE with its learning rate fixed for one run. */
final class SpikeTimingRule implements PlasticityRule {
  private final double etaStdp;
  private final Map<String, Object> parameters;

  SpikeTimingRule(double etaStdp) {
    this.etaStdp = etaStdp;
    Map<String, Object> p = new LinkedHashMap<>();
    p.put(Hyperparameters.ETA_STDP, etaStdp);
    this.parameters = Collections.unmodifiableMap(p);
  }

  @Override
  public void apply(NetworkState state) {
    SynapticWeights wee = state.wee();
    Activity x = state.x();
    // The package clips the whole matrix after the update. An entry nobody wrote since the last
    // clip is still in [0, 1] (or NaN): the normalisation keeps it so, and marks a column it could
    // not keep so. Entries written here are clipped as they are written; only when other rules
    // marked columns since the normalisation does every entry need the clip.
    boolean clipAll = wee.allChanged() || wee.changedCount() > 0;
    // A silent row adds eta*0 = a signed zero, which leaves w != 0 unchanged, unless eta is not
    // finite (eta*0 = NaN in the package): only then must every row be visited.
    if (Double.isFinite(etaStdp)) {
      updateActiveRows(wee, x);
    } else {
      for (int j = 0; j < wee.rows(); j++) {
        updateRow(wee, x, j);
      }
      clipAll = true;
    }
    if (clipAll) {
      clip(wee);
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

  /** Visits each row j active at t or t+1 once, merging the two ascending lists. */
  private void updateActiveRows(SynapticWeights wee, Activity x) {
    int[] before = x.activeBefore();
    int[] after = x.activeAfter();
    int nb = x.activeBeforeCount();
    int na = x.activeAfterCount();
    int b = 0;
    int a = 0;
    while (b < nb || a < na) {
      int j;
      if (a == na || (b < nb && before[b] < after[a])) {
        j = before[b++];
      } else if (b == nb || after[a] < before[b]) {
        j = after[a++];
      } else {
        j = before[b++];
        a++;
      }
      updateRow(wee, x, j);
    }
    // the columns written: potentiation reaches posts active at t+1 from rows active at t,
    // depression posts active at t from rows active at t+1 (marking one more is harmless: the
    // normalisation of a column that did not change changes nothing)
    if (nb > 0) {
      for (int c = 0; c < na; c++) {
        wee.markChanged(after[c]);
      }
    }
    if (na > 0) {
      for (int c = 0; c < nb; c++) {
        wee.markChanged(before[c]);
      }
    }
  }

  /** v where the entry changes, else w: a select on bits, without a branch to mispredict. */
  private static double select(boolean changes, double v, double w) {
    long mask = -(long) (changes ? 1 : 0);
    long bits = Double.doubleToRawLongBits(w);
    return Double.longBitsToDouble(bits ^ (mask & (bits ^ Double.doubleToRawLongBits(v))));
  }

  /**
   * w_ji += eta_stdp * (x_i(t+1)*x_j(t) - x_i(t)*x_j(t+1)) for the stored w_ji != 0 of row j,
   * clipped to [0, 1] (finite eta).
   * Where the difference is 0 the package adds a signed zero, which leaves w_ji != 0 as it is: only
   * the entries with a difference of +1 or -1 are written.
   */
  private void updateRow(SynapticWeights wee, Activity x, int j) {
    boolean[] xt = x.before();
    boolean[] xt1 = x.after();
    boolean jt = xt[j];
    boolean jt1 = xt1[j];
    double potentiation = etaStdp * 1.0;
    double depression = etaStdp * -1.0;
    int[] post = wee.postsynaptic();
    wee.syncRow(j);
    double[] w = wee.rowWeights(); // this row only, brought up to date
    int end = wee.rowStart()[j + 1];
    if (!Double.isFinite(etaStdp)) { // eta*0 is NaN then: the package's expression, every entry
      double xjt = jt ? 1.0 : 0.0;
      double xjt1 = jt1 ? 1.0 : 0.0;
      for (int k = wee.rowStart()[j]; k < end; k++) {
        if (w[k] != 0.0) {
          int i = post[k];
          w[k] = w[k] + etaStdp * ((xt1[i] ? 1.0 : 0.0) * xjt - (xt[i] ? 1.0 : 0.0) * xjt1);
          wee.markChanged(i);
        }
      }
      return;
    }
    int start = wee.rowStart()[j];
    // every entry of the row is written, most with the value it has (columns: updateActiveRows)
    if (jt && !jt1) { // pre at t only: potentiation of the posts active at t+1
      for (int k = start; k < end; k++) {
        double wk = w[k];
        w[k] = select(xt1[post[k]] & wk != 0.0, Math.min(Math.max(wk + potentiation, 0.0), 1.0), wk);
      }
    } else if (!jt && jt1) { // pre at t+1 only: depression of the posts active at t
      for (int k = start; k < end; k++) {
        double wk = w[k];
        w[k] = select(xt[post[k]] & wk != 0.0, Math.min(Math.max(wk + depression, 0.0), 1.0), wk);
      }
    } else if (jt) { // pre at both: a post active at exactly one of t, t+1 decides
      for (int k = start; k < end; k++) {
        int i = post[k];
        double wk = w[k];
        double v = Math.min(Math.max(wk + (xt1[i] ? potentiation : depression), 0.0), 1.0);
        w[k] = select(xt1[i] != xt[i] & wk != 0.0, v, wk);
      }
    }
  }

  /**
   * Over every stored entry, as the package over the whole matrix: w <= 0 -> 0, then w > 1 -> 1.
   * min(max(w, 0), 1) is the same map, NaN and -0.0 included. Only an entry it changes is written
   * and its column marked (bits compared, so that -0.0 becomes 0.0 as in the package).
   */
  private static void clip(SynapticWeights wee) {
    double[] w = wee.weights();
    int[] post = wee.postsynaptic();
    int stored = wee.stored();
    for (int k = 0; k < stored; k++) {
      double v = w[k];
      double c = Math.min(Math.max(v, 0.0), 1.0);
      if (Double.doubleToRawLongBits(c) != Double.doubleToRawLongBits(v)) {
        w[k] = c;
        wee.markChanged(post[k]);
      }
    }
  }
}
