package org.sorn.engine;

import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.sorn.api.NetworkState;
import org.sorn.api.NetworkUpdate;
import org.sorn.api.RunContext;
import org.sorn.api.fastpath.TrackedWeights;
import org.sorn.api.fastpath.TrackingRule;

/**
 * The package's network update (spec section 2, items 3 to 6): drives are summed from the units
 * active at t only, in ascending presynaptic order, which is exactly the package's sum (adding +0.0
 * for a silent unit changes nothing); the inhibitory units see x(t), not x(t+1).
 */
@Component(service = NetworkUpdate.class)
public final class SlowInhibitionUpdate implements NetworkUpdate {
  /** The variant's name. */
  public static final String VARIANT = org.sorn.api.Slots.DEFAULT_UPDATE;

  @Override
  public String variant() {
    return VARIANT;
  }

  @Override
  public Rule bind(RunContext run) {
    return new Kernel(run.description().ne(), run.description().ni());
  }

  /** The update with its drive buffers, allocated once per run. */
  static final class Kernel implements Rule, TrackingRule {
    private final double[] excitatoryDrive;
    private final double[] inhibitionOfExcitatory;
    private final double[] inhibitoryDrive;

    Kernel(int ne, int ni) {
      excitatoryDrive = new double[ne];
      inhibitionOfExcitatory = new double[ne];
      inhibitoryDrive = new double[ni];
    }

    @Override
    public void update(
        NetworkState state, double[] u, double[] noiseE, double[] noiseI, boolean[] recurrent) {
      var x = state.x();
      var y = state.y();
      // E_i = sum_j Wee[j][i] x_j(t)
      TrackedWeights.of(state.wee())
          .sumRows(x.activeBefore(), x.activeBeforeCount(), excitatoryDrive);
      // I_i = sum_k Wei[k][i] y_k(t)
      TrackedWeights.of(state.wei())
          .sumRows(y.activeBefore(), y.activeBeforeCount(), inhibitionOfExcitatory);
      // D_k = sum_j Wie[j][k] x_j(t)
      TrackedWeights.of(state.wie())
          .sumRows(x.activeBefore(), x.activeBeforeCount(), inhibitoryDrive);

      boolean[] xNext = x.after();
      double[] te = state.te();
      int nu = Math.min(u.length, xNext.length);
      for (int i = 0; i < nu; i++) {
        // r_i = H(((E_i - I_i) + xi_i) - Te_i);  x_i(t+1) = H((((E_i - I_i) + xi_i) + u_i) - Te_i)
        double recurrentDrive = (excitatoryDrive[i] - inhibitionOfExcitatory[i]) + noiseE[i];
        recurrent[i] = recurrentDrive - te[i] > 0;
        xNext[i] = (recurrentDrive + u[i]) - te[i] > 0;
      }
      for (int i = nu; i < xNext.length; i++) { // units without input: x_i(t+1) = r_i
        double recurrentDrive = (excitatoryDrive[i] - inhibitionOfExcitatory[i]) + noiseE[i];
        boolean fires = recurrentDrive - te[i] > 0;
        recurrent[i] = fires;
        xNext[i] = fires;
      }
      boolean[] yNext = y.after();
      double[] ti = state.ti();
      for (int k = 0; k < yNext.length; k++) {
        // y_k(t+1) = H((D_k + xi_k) - Ti_k), from x(t): the package's slow inhibition
        yNext[k] = (inhibitoryDrive[k] + noiseI[k]) - ti[k] > 0;
      }
    }

    @Override
    public Map<String, Object> parameters() {
      return Map.of();
    }
  }
}
