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

  /** The state held from element {@code at}. */
  static NetworkSnapshot read(DoubleBuffer in, int at, int ne, int ni) {
    NetworkSnapshot s = new NetworkSnapshot();
    int p = at;
    s.wee = matrix(in, p, ne, ne);
    p += ne * ne;
    s.wei = matrix(in, p, ni, ne);
    p += ni * ne;
    s.wie = matrix(in, p, ne, ni);
    p += ne * ni;
    s.te = new double[ne];
    in.get(p, s.te);
    p += ne;
    s.ti = new double[ni];
    in.get(p, s.ti);
    p += ni;
    s.x = matrix(in, p, ne, 2);
    p += 2 * ne;
    s.y = matrix(in, p, ni, 2);
    return s;
  }

  /** Writes {@code state} from element {@code at}. */
  static void write(NetworkState state, DoubleBuffer out, int at) {
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
    p += ni;
    writeActivity(state.x(), out, p);
    p += 2 * ne;
    writeActivity(state.y(), out, p);
  }

  /** W [pre][post] row after row from element {@code at}, 0.0 where no synapse is stored. */
  static void writeMatrix(SynapticWeights w, DoubleBuffer out, int at) {
    int[] rowStart = w.rowStart();
    int[] post = w.postsynaptic();
    double[] weights = w.weights();
    double[] row = new double[w.columns()];
    for (int pre = 0; pre < w.rows(); pre++) {
      Arrays.fill(row, 0.0);
      for (int k = rowStart[pre]; k < rowStart[pre + 1]; k++) {
        row[post[k]] = weights[k];
      }
      out.put(at + pre * row.length, row);
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
