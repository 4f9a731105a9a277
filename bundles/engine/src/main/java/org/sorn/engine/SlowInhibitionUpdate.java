package org.sorn.engine;

import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.sorn.api.NetworkState;
import org.sorn.api.NetworkUpdate;
import org.sorn.api.RunContext;
import org.sorn.api.SynapticWeights;

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
  static final class Kernel implements Rule {
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
      accumulate(state.wee(), x.activeBefore(), x.activeBeforeCount(), excitatoryDrive);
      // I_i = sum_k Wei[k][i] y_k(t)
      accumulate(state.wei(), y.activeBefore(), y.activeBeforeCount(), inhibitionOfExcitatory);
      // D_k = sum_j Wie[j][k] x_j(t)
      accumulate(state.wie(), x.activeBefore(), x.activeBeforeCount(), inhibitoryDrive);

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

  // the dense matrices summed by blocks of columns: those that fit in the core's own cache (512
  // KiB); in larger ones the rows read one after the other stream better (measured at ne = 1000,
  // W^IE of 200,000 entries: 3.2 us by rows, 3.35 by blocks)
  static final int DENSE_BLOCKS_UP_TO = 1 << 16;

  /** drive[post] = sum over the active presynaptic units, ascending, of W[pre][post]. */
  static void accumulate(SynapticWeights w, int[] active, int count, double[] drive) {
    int columns = drive.length;
    if (w.stored() == (long) w.rows() * columns && w.stored() <= DENSE_BLOCKS_UP_TO && count > 0) {
      accumulateDense(w, active, count, drive);
      return;
    }
    java.util.Arrays.fill(drive, 0.0);
    int[] rowStart = w.rowStart();
    int[] post = w.postsynaptic();
    double[] v = w.rowWeights(); // the rows of the active units only are read, each brought up to date
    for (int a = 0; a < count; a++) {
      int j = active[a];
      w.syncRow(j);
      int start = rowStart[j];
      int end = rowStart[j + 1];
      if (end - start == drive.length) {
        // a row holding every column (the dense W^IE) has them in order: no index to follow,
        // and the same additions in the same order, which the JIT can vectorise
        for (int c = 0; c < drive.length; c++) {
          drive[c] += v[start + c];
        }
      } else {
        for (int k = start; k < end; k++) {
          drive[post[k]] += v[k];
        }
      }
    }
  }

  /**
   * The same sums for a matrix that stores every entry (the dense W^IE): row j starts at j times
   * the columns. Eight columns at a time, each summed over the active rows in ascending order in a
   * register of its own, are the same additions in the same order as row after row, without a
   * store and a load of drive[post] between them (measured at ne = 200: 430 -> 230 ns a step).
   */
  static void accumulateDense(SynapticWeights w, int[] active, int count, double[] drive) {
    int columns = drive.length;
    for (int a = 0; a < count; a++) {
      w.syncRow(active[a]);
    }
    double[] v = w.rowWeights();
    int c = 0;
    for (; c + 8 <= columns; c += 8) {
      double d0 = 0.0;
      double d1 = 0.0;
      double d2 = 0.0;
      double d3 = 0.0;
      double d4 = 0.0;
      double d5 = 0.0;
      double d6 = 0.0;
      double d7 = 0.0;
      for (int a = 0; a < count; a++) {
        int k = active[a] * columns + c;
        d0 += v[k];
        d1 += v[k + 1];
        d2 += v[k + 2];
        d3 += v[k + 3];
        d4 += v[k + 4];
        d5 += v[k + 5];
        d6 += v[k + 6];
        d7 += v[k + 7];
      }
      drive[c] = d0;
      drive[c + 1] = d1;
      drive[c + 2] = d2;
      drive[c + 3] = d3;
      drive[c + 4] = d4;
      drive[c + 5] = d5;
      drive[c + 6] = d6;
      drive[c + 7] = d7;
    }
    for (; c < columns; c++) {
      double d = 0.0;
      for (int a = 0; a < count; a++) {
        d += v[active[a] * columns + c];
      }
      drive[c] = d;
    }
  }
}
