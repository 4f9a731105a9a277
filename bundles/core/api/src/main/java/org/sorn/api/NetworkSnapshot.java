package org.sorn.api;

/**
 * A dense copy of a network state, laid out as the Python package returns it (and as the golden
 * vectors store it): matrices [presynaptic][postsynaptic], {@code x[i] = {x_i(t-1), x_i(t)}} and
 * {@code y[k] = {y_k(t-1), y_k(t)}}. Used to start a run from a given state and to export one.
 */
public class NetworkSnapshot {
  /** ne x ne. */
  public double[][] wee;
  /** ni x ne. */
  public double[][] wei;
  /** ne x ni. */
  public double[][] wie;
  /** ne. */
  public double[] te;
  /** ni. */
  public double[] ti;
  /** ne x 2: previous and current activity. */
  public double[][] x;
  /** ni x 2: previous and current activity. */
  public double[][] y;

  /**
   * A dense copy of {@code state}: W from its compressed rows (0.0 where no entry is stored), x
   * and y as {before, after}.
   *
   * @since 2.1
   */
  public static NetworkSnapshot of(NetworkState state) {
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

  /** W[pre][post] of {@code w}, 0.0 where no entry is stored. */
  public static double[][] dense(SynapticWeights w) {
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

  /** {@code columns[i] = {a_i(t), a_i(t+1)}} as 0.0 / 1.0, the package's X and Y. */
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
