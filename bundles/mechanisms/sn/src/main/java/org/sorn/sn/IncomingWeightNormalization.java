package org.sorn.sn;

import java.util.Map;
import org.sorn.api.NetworkState;
import org.sorn.api.PlasticityRule;

/** Synaptic normalisation of W^EE and W^EI for one run. */
final class IncomingWeightNormalization implements PlasticityRule {
  private final boolean normalizeInhibitory;
  private final Map<String, Object> parameters;
  private final ColumnNormalizer excitatory = new ColumnNormalizer();
  private final ColumnNormalizer inhibitory = new ColumnNormalizer();

  IncomingWeightNormalization(int ne, boolean normalizeInhibitory) {
    this.normalizeInhibitory = normalizeInhibitory;
    // the package's rule has no parameter; only a departure from it is recorded
    this.parameters =
        normalizeInhibitory
            ? Map.of()
            : Map.of(SynapticNormalization.NORMALIZE_INHIBITORY, Boolean.FALSE);
  }

  @Override
  public void apply(NetworkState state) {
    excitatory.normalize(state.wee());
    if (normalizeInhibitory) {
      inhibitory.normalize(state.wei());
    }
  }

  @Override
  public Map<String, Object> parameters() {
    return parameters;
  }

  // it reads the marks and clears them; what it writes itself it keeps track of (unsettled columns)
  @Override
  public boolean marksChangedColumns() {
    return true;
  }
}
