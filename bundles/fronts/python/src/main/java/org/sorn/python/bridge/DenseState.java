package org.sorn.python.bridge;

import java.nio.DoubleBuffer;
import java.util.Arrays;
import org.sorn.api.Activity;
import org.sorn.api.NetworkSnapshot;
import org.sorn.api.NetworkState;
import org.sorn.api.SynapticWeights;

/**
 * The package's state dict in an exchange buffer: Wee (ne x ne), Wei (ni x ne), Wie (ne x ni), Te
 * (ne), Ti (ni), X (ne x 2), Y (ni x 2), float64, matrices [pre][post] row after row.
 */
final class DenseState {
  private DenseState() {}

  /** The 8-byte elements of a state of {@code ne} excitatory and {@code ni} inhibitory units. */
  static long length(int ne, int ni) {
    return (long) ne * ne + 2L * ni * ne + ne + ni + 2L * ne + 2L * ni;
  }

  /** The 8-byte elements of Wee, Wei, Wie, Te and Ti: what plasticity changes in a state. */
  static long weightsLength(int ne, int ni) {
    return (long) ne * ne + 2L * ni * ne + ne + ni;
  }

  /** The state held from element {@code at}. */
  static NetworkSnapshot read(DoubleBuffer in, int at, int ne, int ni) {
    return read(in, at, in, at + (int) weightsLength(ne, ni), ne, ni);
  }

  /** The state whose weights and thresholds are held in one place and X and Y in another. */
  static NetworkSnapshot read(
      DoubleBuffer weights, int weightsAt, DoubleBuffer activity, int activityAt, int ne, int ni) {
    NetworkSnapshot s = new NetworkSnapshot();
    int p = weightsAt;
    s.wee = matrix(weights, p, ne, ne);
    p += ne * ne;
    s.wei = matrix(weights, p, ni, ne);
    p += ni * ne;
    s.wie = matrix(weights, p, ne, ni);
    p += ne * ni;
    s.te = new double[ne];
    weights.get(p, s.te);
    p += ne;
    s.ti = new double[ni];
    weights.get(p, s.ti);
    s.x = matrix(activity, activityAt, ne, 2);
    s.y = matrix(activity, activityAt + 2 * ne, ni, 2);
    return s;
  }

  /** Writes {@code state} from element {@code at}. */
  static void write(NetworkState state, DoubleBuffer out, int at) {
    writeWeights(state, out, at);
    writeActivity(state, out, at + (int) weightsLength(state.ne(), state.ni()));
  }

  /** Writes Wee, Wei, Wie, Te and Ti from element {@code at}. */
  static void writeWeights(NetworkState state, DoubleBuffer out, int at) {
    int ne = state.ne();
    int ni = state.ni();
    int p = at;
    writeMatrix(state.wee(), out, p);
    p += ne * ne;
    writeMatrix(state.wei(), out, p);
    p += ni * ne;
    writeMatrix(state.wie(), out, p);
    p += ne * ni;
    out.put(p, state.te());
    p += ne;
    out.put(p, state.ti());
  }

  /** Writes X and Y from element {@code at}. */
  static void writeActivity(NetworkState state, DoubleBuffer out, int at) {
    writeActivity(state.x(), out, at);
    writeActivity(state.y(), out, at + 2 * state.ne());
  }

  /** W [pre][post] row after row from element {@code at}, 0.0 where no synapse is stored. */
  static void writeMatrix(SynapticWeights w, DoubleBuffer out, int at) {
    int[] rowStart = w.rowStart();
    int[] post = w.postsynaptic();
    double[] weights = w.weights();
    int columns = w.columns();
    double[] zeros = new double[columns];
    for (int pre = 0; pre < w.rows(); pre++) {
      int row = at + pre * columns;
      out.put(row, zeros);
      for (int k = rowStart[pre]; k < rowStart[pre + 1]; k++) {
        out.put(row + post[k], weights[k]);
      }
    }
  }

  /** The package's X or Y: a row {a_i(t-1), a_i(t)} per unit. */
  private static void writeActivity(Activity a, DoubleBuffer out, int at) {
    boolean[] before = a.before();
    boolean[] after = a.after();
    double[] rows = new double[2 * a.size()];
    for (int i = 0; i < a.size(); i++) {
      rows[2 * i] = before[i] ? 1.0 : 0.0;
      rows[2 * i + 1] = after[i] ? 1.0 : 0.0;
    }
    out.put(at, rows);
  }

  private static double[][] matrix(DoubleBuffer in, int at, int rows, int columns) {
    double[][] m = new double[rows][columns];
    for (int r = 0; r < rows; r++) {
      in.get(at + r * columns, m[r]);
    }
    return m;
  }
}
