package org.sorn.update.fast;

import java.util.Arrays;
import java.util.Map;
import org.sorn.api.Activity;
import org.sorn.api.NetworkState;
import org.sorn.api.NetworkUpdate;
import org.sorn.api.SynapticWeights;

/** The fast-inhibition update of one run, with its buffers allocated once, at bind. */
final class FastInhibitionKernel implements NetworkUpdate.Rule {
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
    accumulate(state.wee(), x.activeBefore(), x.activeBeforeCount(), excitatoryDrive);
    accumulate(state.wei(), y.activeBefore(), y.activeBeforeCount(), inhibitionOfExcitatory);

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
    accumulate(state.wie(), activeNext, activeCount, inhibitoryDrive);
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

  /** drive[post] = sum over the active presynaptic units, ascending, of W[pre][post]. */
  private static void accumulate(SynapticWeights w, int[] active, int count, double[] drive) {
    Arrays.fill(drive, 0.0);
    int[] rowStart = w.rowStart();
    int[] post = w.postsynaptic();
    double[] v = w.rowWeights(); // the active units' rows only, each brought up to date
    for (int a = 0; a < count; a++) {
      int j = active[a];
      w.syncRow(j);
      for (int k = rowStart[j]; k < rowStart[j + 1]; k++) {
        drive[post[k]] += v[k];
      }
    }
  }
}
