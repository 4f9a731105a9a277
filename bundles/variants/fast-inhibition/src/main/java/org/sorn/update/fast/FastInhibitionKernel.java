package org.sorn.update.fast;

import java.util.Map;
import org.sorn.api.Activity;
import org.sorn.api.NetworkState;
import org.sorn.api.NetworkUpdate;
import org.sorn.api.fastpath.TrackedWeights;
import org.sorn.api.fastpath.TrackingRule;

/**
 * The fast-inhibition update of one run, with its buffers allocated once, at bind. In the fast
 * path: it sums the drives with {@link TrackedWeights#sumRows}, the rows of the active units only.
 */
final class FastInhibitionKernel implements NetworkUpdate.Rule, TrackingRule {
  private final double[] excitatoryDrive;
  private final double[] inhibitionOfExcitatory;
  private final double[] inhibitoryDrive;
  /** The units active at t+1, ascending: the engine indexes them only after the update. */
  private final int[] activeNext;

  FastInhibitionKernel(int ne, int ni) {
    excitatoryDrive = new double[ne];
    inhibitionOfExcitatory = new double[ne];
    inhibitoryDrive = new double[ni];
    activeNext = new int[ne];
  }

  @Override
  public void update(
      NetworkState state, double[] u, double[] noiseE, double[] noiseI, boolean[] recurrent) {
    Activity x = state.x();
    Activity y = state.y();
    // E_i = sum_j Wee[j][i] x_j(t);  I_i = sum_k Wei[k][i] y_k(t)
    TrackedWeights.of(state.wee())
        .sumRows(x.activeBefore(), x.activeBeforeCount(), excitatoryDrive);
    TrackedWeights.of(state.wei())
        .sumRows(y.activeBefore(), y.activeBeforeCount(), inhibitionOfExcitatory);

    boolean[] xNext = x.after();
    double[] te = state.te();
    int nu = u.length;
    int activeCount = 0;
    for (int i = 0; i < xNext.length; i++) {
      // r_i = H(((E_i - I_i) + xi_i) - Te_i);  x_i(t+1) = H((((E_i - I_i) + xi_i) + u_i) - Te_i)
      double recurrentDrive = (excitatoryDrive[i] - inhibitionOfExcitatory[i]) + noiseE[i];
      recurrent[i] = recurrentDrive - te[i] > 0;
      double total = i < nu ? recurrentDrive + u[i] : recurrentDrive;
      xNext[i] = total - te[i] > 0;
      if (xNext[i]) {
        activeNext[activeCount++] = i;
      }
    }

    // D_k = sum_j Wie[j][k] x_j(t+1): inhibition sees this step's excitation
    TrackedWeights.of(state.wie()).sumRows(activeNext, activeCount, inhibitoryDrive);
    boolean[] yNext = y.after();
    double[] ti = state.ti();
    for (int k = 0; k < yNext.length; k++) {
      // y_k(t+1) = H((D_k + xi_k) - Ti_k)
      yNext[k] = (inhibitoryDrive[k] + noiseI[k]) - ti[k] > 0;
    }
  }

  @Override
  public Map<String, Object> parameters() {
    return Map.of();
  }
}
