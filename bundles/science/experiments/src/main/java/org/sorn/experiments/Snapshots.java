package org.sorn.experiments;

import org.sorn.api.Activity;
import org.sorn.api.NetworkSnapshot;
import org.sorn.api.NetworkState;
import org.sorn.api.SynapticWeights;

/** Dense copies of a network state, to start the next phase from where the last one ended. */
final class Snapshots {
  private Snapshots() {}

  static NetworkSnapshot of(NetworkState state) {
    NetworkSnapshot s = new NetworkSnapshot();
    s.wee = dense(state.wee());
    s.wei = dense(state.wei());
    s.wie = dense(state.wie());
    s.te = state.te().clone();
    s.ti = state.ti().clone();
    s.x = columns(state.x());
    s.y = columns(state.y());
    return s;
  }

  /** W[pre][post], 0.0 where no entry is stored. */
  private static double[][] dense(SynapticWeights w) {
    double[][] dense = new double[w.rows()][w.columns()];
    int[] rowStart = w.rowStart();
    int[] post = w.postsynaptic();
    double[] weights = w.weights();
    for (int pre = 0; pre < w.rows(); pre++) {
      for (int k = rowStart[pre]; k < rowStart[pre + 1]; k++) {
        dense[pre][post[k]] = weights[k];
      }
    }
    return dense;
  }

  /** {a_i(t), a_i(t+1)} as 0.0 / 1.0, the package's X and Y. */
  private static double[][] columns(Activity a) {
    boolean[] before = a.before();
    boolean[] after = a.after();
    double[][] columns = new double[a.size()][2];
    for (int i = 0; i < columns.length; i++) {
      columns[i][0] = before[i] ? 1.0 : 0.0;
      columns[i][1] = after[i] ? 1.0 : 0.0;
    }
    return columns;
  }
}
