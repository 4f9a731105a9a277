package org.sorn.sn;

import java.util.Arrays;
import java.util.Map;
import org.sorn.api.NetworkState;
import org.sorn.api.PlasticityRule;
import org.sorn.api.SynapticWeights;

/** Synaptic normalisation for one run, with its column-sum scratch array. */
final class IncomingWeightNormalization implements PlasticityRule {
  private final boolean normalizeInhibitory;
  private final Map<String, Object> parameters;
  private double[] sums;

  IncomingWeightNormalization(int ne, boolean normalizeInhibitory) {
    this.normalizeInhibitory = normalizeInhibitory;
    // the package's rule has no parameter; only a departure from it is recorded
    this.parameters =
        normalizeInhibitory
            ? Map.of()
            : Map.of(SynapticNormalization.NORMALIZE_INHIBITORY, Boolean.FALSE);
    this.sums = new double[ne];
  }

  @Override
  public void apply(NetworkState state) {
    normalizeColumns(state.wee());
    if (normalizeInhibitory) {
      normalizeColumns(state.wei());
    }
  }

  @Override
  public Map<String, Object> parameters() {
    return parameters;
  }

  /** W[:, i] /= sum_j W[j][i], summed in ascending j as numpy does; a zero column stays zero. */
  private void normalizeColumns(SynapticWeights w) {
    int columns = w.columns();
    if (sums.length != columns) {
      sums = new double[columns];
    }
    Arrays.fill(sums, 0, columns, 0.0);
    int[] rowStart = w.rowStart();
    int[] post = w.postsynaptic();
    double[] weights = w.weights();
    // rows in ascending order: each column's sum gets its entries in ascending j
    for (int j = 0; j < w.rows(); j++) {
      for (int k = rowStart[j]; k < rowStart[j + 1]; k++) {
        sums[post[k]] += weights[k];
      }
    }
    int stored = w.stored();
    for (int k = 0; k < stored; k++) {
      double s = sums[post[k]];
      if (s != 0.0) {
        weights[k] = weights[k] / s;
      }
    }
  }
}
