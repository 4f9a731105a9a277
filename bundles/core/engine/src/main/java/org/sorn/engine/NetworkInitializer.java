package org.sorn.engine;

import java.util.random.RandomGenerator;
import org.sorn.api.Hyperparameters;
import org.sorn.api.run.RunDescription;

/**
 * A fresh network as the package's {@code initialize_plasticity} makes it (spec section 4), drawn
 * from the workbench's own generator. Two deliberate differences (docs/model.md, Q15): in-degrees
 * are clamped to what is possible instead of raising, and the zero-column repair never creates a
 * W^EE self-connection nor fails for small networks.
 */
final class NetworkInitializer {
  private static final double MAX_INITIAL_WEIGHT = 0.1;

  private final RandomGenerator rng;

  NetworkInitializer(RandomGenerator rng) {
    this.rng = rng;
  }

  SornState create(RunDescription d) {
    int ne = d.ne();
    int ni = d.ni();
    double lambdaEe = d.parameter(Hyperparameters.LAMBDA_EE, Hyperparameters.DEFAULT_LAMBDA_EE);
    double lambdaEi = d.parameter(Hyperparameters.LAMBDA_EI, Hyperparameters.DEFAULT_LAMBDA_EI);
    double teMin = d.parameter(Hyperparameters.TE_MIN, Hyperparameters.DEFAULT_TE_MIN);
    double teMax = d.parameter(Hyperparameters.TE_MAX, Hyperparameters.DEFAULT_TE_MAX);
    double tiMin = d.parameter(Hyperparameters.TI_MIN, Hyperparameters.DEFAULT_TI_MIN);
    double tiMax = d.parameter(Hyperparameters.TI_MAX, Hyperparameters.DEFAULT_TI_MAX);

    CsrWeights wee = excitatoryToExcitatory(ne, lambdaEe);
    CsrWeights wei = inhibitoryToExcitatory(ni, ne, lambdaEi);
    Double lambdaIe = d.parameters().get(Hyperparameters.LAMBDA_IE);
    CsrWeights wie =
        lambdaIe == null ? excitatoryToInhibitory(ne, ni) : sparseExcitatoryToInhibitory(ne, ni, lambdaIe);
    repairSilentColumns(wee, true);
    repairSilentColumns(wei, false);
    repairSilentColumns(wie, false);
    normalizeColumns(wee);
    normalizeColumns(wei);
    normalizeColumns(wie);

    double[] te = new double[ne];
    for (int i = 0; i < ne; i++) {
      te[i] = teMin + (teMax - teMin) * rng.nextDouble();
    }
    double[] ti = new double[ni];
    for (int k = 0; k < ni; k++) {
      ti[k] = tiMin + (tiMax - tiMin) * rng.nextDouble();
    }
    return new SornState(
        d.nu(), wee, wei, wie, te, ti, new ActivityBuffers(ne), new ActivityBuffers(ni));
  }

  /** In-degree k_i = int(N(lambda, 1)) per E unit, from distinct presynaptic E units other than i. */
  private CsrWeights excitatoryToExcitatory(int ne, double lambda) {
    int[][] pre = new int[ne][];
    Sampler sampler = new Sampler(ne);
    for (int i = 0; i < ne; i++) {
      int k = degree(lambda, ne - 1);
      pre[i] = sampler.sample(k, i);
    }
    // weights are drawn in the package's order: all of column 0, then column 1, ...
    double[][] w = new double[ne][];
    for (int i = 0; i < ne; i++) {
      w[i] = new double[pre[i].length];
      for (int m = 0; m < w[i].length; m++) {
        w[i][m] = MAX_INITIAL_WEIGHT * rng.nextDouble();
      }
    }
    return byColumns(ne, ne, pre, w);
  }

  /** Out-degree k_j = int(N(lambda, 1)) per inhibitory unit j, to distinct E units. */
  private CsrWeights inhibitoryToExcitatory(int ni, int ne, double lambda) {
    Sampler sampler = new Sampler(ne);
    int[][] post = new int[ni][];
    for (int j = 0; j < ni; j++) {
      post[j] = sampler.sample(degree(lambda, ne), -1);
    }
    int[] rowStart = new int[ni + 1];
    for (int j = 0; j < ni; j++) {
      rowStart[j + 1] = rowStart[j] + post[j].length;
    }
    int[] targets = new int[rowStart[ni]];
    double[] weights = new double[rowStart[ni]];
    for (int j = 0; j < ni; j++) {
      double[] w = new double[post[j].length];
      for (int m = 0; m < w.length; m++) {
        w[m] = MAX_INITIAL_WEIGHT * rng.nextDouble();
      }
      // a row lists its targets in ascending order, each keeping the weight drawn for it
      Integer[] order = new Integer[w.length];
      for (int m = 0; m < w.length; m++) {
        order[m] = m;
      }
      int[] p = post[j];
      java.util.Arrays.sort(order, (a, b) -> Integer.compare(p[a], p[b]));
      for (int m = 0; m < w.length; m++) {
        targets[rowStart[j] + m] = p[order[m]];
        weights[rowStart[j] + m] = w[order[m]];
      }
    }
    return CsrWeights.ofRows(ni, ne, rowStart, targets, weights);
  }

  /** Dense uniform(0, 0.1) E to I weights, every entry stored. */
  private CsrWeights excitatoryToInhibitory(int ne, int ni) {
    int[] rowStart = new int[ne + 1];
    int[] targets = new int[ne * ni];
    double[] weights = new double[ne * ni];
    for (int j = 0; j < ne; j++) {
      rowStart[j + 1] = rowStart[j] + ni;
      for (int k = 0; k < ni; k++) {
        targets[j * ni + k] = k;
        weights[j * ni + k] = MAX_INITIAL_WEIGHT * rng.nextDouble();
      }
    }
    return CsrWeights.ofRows(ne, ni, rowStart, targets, weights);
  }

  /**
   * The workbench's sparse E to I option (the package's unused lambda_ie, given a meaning): each
   * I unit k gets k_k = int(N(lambda_ie, 1)) incoming synapses from distinct E units, uniform(0,
   * 0.1), so that memory and work grow with ne * lambda_ie instead of ne * ni.
   */
  private CsrWeights sparseExcitatoryToInhibitory(int ne, int ni, double lambda) {
    int[][] pre = new int[ni][];
    Sampler sampler = new Sampler(ne);
    for (int k = 0; k < ni; k++) {
      pre[k] = sampler.sample(degree(lambda, ne), -1);
    }
    double[][] w = new double[ni][];
    for (int k = 0; k < ni; k++) {
      w[k] = new double[pre[k].length];
      for (int m = 0; m < w[k].length; m++) {
        w[k][m] = MAX_INITIAL_WEIGHT * rng.nextDouble();
      }
    }
    return byColumns(ne, ni, pre, w);
  }

  /** int(norm.ppf(U, lambda, 1)) is a truncated normal sample; clamped to [0, max]. */
  private int degree(double lambda, int max) {
    int k = (int) (lambda + rng.nextGaussian());
    return Math.max(0, Math.min(max, k));
  }

  /**
   * The package's zero_sum_incoming_check: a column with no incoming weight gets two weights from
   * the first 20 % of presynaptic units (at least the first one or two).
   */
  private void repairSilentColumns(CsrWeights w, boolean noSelfConnection) {
    double[] sums = columnSums(w);
    int rows = w.rows();
    int range = Math.max(noSelfConnection ? 2 : 1, (int) (0.2 * rows));
    range = Math.min(range, rows);
    for (int c = 0; c < w.columns(); c++) {
      if (sums[c] != 0.0 || rows == 0 || (noSelfConnection && rows < 2)) {
        continue;
      }
      int first = repairRow(range, c, noSelfConnection);
      int second = repairRow(range, c, noSelfConnection);
      double v1 = MAX_INITIAL_WEIGHT * rng.nextDouble();
      double v2 = MAX_INITIAL_WEIGHT * rng.nextDouble();
      w.set(first, c, v1);
      w.set(second, c, v2);
    }
  }

  private int repairRow(int range, int column, boolean noSelfConnection) {
    if (!noSelfConnection || column >= range) {
      return rng.nextInt(range);
    }
    int r = rng.nextInt(range - 1); // uniform over [0, range) without the column itself
    return r >= column ? r + 1 : r;
  }

  static double[] columnSums(CsrWeights w) {
    double[] sums = new double[w.columns()];
    int[] rowStart = w.rowStart();
    int[] post = w.postsynaptic();
    double[] v = w.weights();
    for (int j = 0; j < w.rows(); j++) {
      for (int k = rowStart[j]; k < rowStart[j + 1]; k++) {
        sums[post[k]] += v[k];
      }
    }
    return sums;
  }

  /** W / W.sum(axis=0); the initial network has no zero column left after the repair. */
  private static void normalizeColumns(CsrWeights w) {
    double[] sums = columnSums(w);
    int[] post = w.postsynaptic();
    double[] v = w.weights();
    for (int k = 0; k < w.stored(); k++) {
      double s = sums[post[k]];
      if (s != 0.0) {
        v[k] = v[k] / s;
      }
    }
  }

  /** Builds CSR rows from per-column lists of presynaptic units and weights. */
  private static CsrWeights byColumns(int rows, int columns, int[][] pre, double[][] w) {
    int[] rowStart = new int[rows + 1];
    for (int i = 0; i < columns; i++) {
      for (int j : pre[i]) {
        rowStart[j + 1]++;
      }
    }
    for (int j = 0; j < rows; j++) {
      rowStart[j + 1] += rowStart[j];
    }
    int[] fill = rowStart.clone();
    int nnz = rowStart[rows];
    int[] post = new int[nnz];
    double[] v = new double[nnz];
    for (int i = 0; i < columns; i++) { // ascending columns keep each row sorted
      for (int m = 0; m < pre[i].length; m++) {
        int k = fill[pre[i][m]]++;
        post[k] = i;
        v[k] = w[i][m];
      }
    }
    return CsrWeights.ofRows(rows, columns, rowStart, post, v);
  }

  /** Distinct random draws from [0, n), optionally excluding one value. */
  private final class Sampler {
    private final int n;
    private final int[] mark;
    private final int[] pool;
    private int stamp;

    Sampler(int n) {
      this.n = n;
      this.mark = new int[n];
      this.pool = new int[n];
    }

    int[] sample(int k, int excluded) {
      int available = excluded >= 0 ? n - 1 : n;
      k = Math.min(k, available);
      int[] out = new int[k];
      stamp++;
      if (excluded >= 0) {
        mark[excluded] = stamp;
      }
      if (4L * k < available) {
        for (int m = 0; m < k; ) { // sparse: rejection is O(k)
          int c = rng.nextInt(n);
          if (mark[c] != stamp) {
            mark[c] = stamp;
            out[m++] = c;
          }
        }
      } else { // dense: partial Fisher-Yates over the allowed values
        int size = 0;
        for (int c = 0; c < n; c++) {
          if (c != excluded) {
            pool[size++] = c;
          }
        }
        for (int m = 0; m < k; m++) {
          int r = m + rng.nextInt(size - m);
          int t = pool[r];
          pool[r] = pool[m];
          pool[m] = t;
          out[m] = t;
        }
      }
      return out;
    }
  }
}
