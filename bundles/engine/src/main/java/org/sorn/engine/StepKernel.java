package org.sorn.engine;

/**
 * The network update of one step (spec section 2, items 1 to 6) on compressed-row weights: drives
 * are summed from the units active at t only, in ascending presynaptic order, which is exactly the
 * package's sum (adding +0.0 for a silent unit changes nothing).
 */
final class StepKernel {
  private final SornState state;
  private final NoiseSource noise;
  private final double[] excitatoryDrive;
  private final double[] inhibitionOfExcitatory;
  private final double[] inhibitoryDrive;
  private final double[] noiseE;
  private final double[] noiseI;
  private final boolean[] recurrent;

  /** {@code noise} may be null: no noise. */
  StepKernel(SornState state, NoiseSource noise) {
    this.state = state;
    this.noise = noise;
    int ne = state.ne();
    int ni = state.ni();
    excitatoryDrive = new double[ne];
    inhibitionOfExcitatory = new double[ne];
    inhibitoryDrive = new double[ni];
    noiseE = new double[ne];
    noiseI = new double[ni];
    recurrent = new boolean[ne];
  }

  /** r(t+1): x(t+1) without the input, as the package's RecurrentActivation reports it. */
  boolean[] recurrentActivation() {
    return recurrent;
  }

  /** Computes x(t+1) and y(t+1) from the state at t and the input u(t) (length nu). */
  void update(double[] u) {
    ActivityBuffers x = state.x();
    ActivityBuffers y = state.y();
    boolean[] xNext = x.shift();
    boolean[] yNext = y.shift();
    if (noise != null) {
      noise.sample(noiseE, noiseI);
    }

    // E_i = sum_j Wee[j][i] x_j(t)
    accumulate(state.wee(), x.activeBefore(), x.activeBeforeCount(), excitatoryDrive);
    // I_i = sum_k Wei[k][i] y_k(t)
    accumulate(state.wei(), y.activeBefore(), y.activeBeforeCount(), inhibitionOfExcitatory);
    // D_k = sum_j Wie[j][k] x_j(t)
    accumulate(state.wie(), x.activeBefore(), x.activeBeforeCount(), inhibitoryDrive);

    double[] te = state.te();
    int nu = u.length;
    for (int i = 0; i < xNext.length; i++) {
      // r_i = H(((E_i - I_i) + xi_i) - Te_i);  x_i(t+1) = H((((E_i - I_i) + xi_i) + u_i) - Te_i)
      double recurrentDrive = (excitatoryDrive[i] - inhibitionOfExcitatory[i]) + noiseE[i];
      recurrent[i] = recurrentDrive - te[i] > 0;
      double total = i < nu ? recurrentDrive + u[i] : recurrentDrive;
      xNext[i] = total - te[i] > 0;
    }
    double[] ti = state.ti();
    for (int k = 0; k < yNext.length; k++) {
      // y_k(t+1) = H((D_k + xi_k) - Ti_k), from x(t): the package's slow inhibition
      yNext[k] = (inhibitoryDrive[k] + noiseI[k]) - ti[k] > 0;
    }
    x.indexAfter();
    y.indexAfter();
  }

  /** drive[post] = sum over the active presynaptic units, ascending, of W[pre][post]. */
  private static void accumulate(CsrWeights w, int[] active, int count, double[] drive) {
    java.util.Arrays.fill(drive, 0.0);
    int[] rowStart = w.rowStart();
    int[] post = w.postsynaptic();
    double[] v = w.weights();
    for (int a = 0; a < count; a++) {
      int j = active[a];
      for (int k = rowStart[j]; k < rowStart[j + 1]; k++) {
        drive[post[k]] += v[k];
      }
    }
  }
}
