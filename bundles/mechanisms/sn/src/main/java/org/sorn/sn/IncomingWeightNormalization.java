package org.sorn.sn;

import java.util.Map;
import org.sorn.api.NetworkState;
import org.sorn.api.PlasticityRule;
import org.sorn.api.fastpath.TrackedWeights;
import org.sorn.api.fastpath.TrackingRule;

/** Synaptic normalisation of W^EE and W^EI for one run. */
final class IncomingWeightNormalization implements PlasticityRule, TrackingRule {
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
    excitatory.normalize(TrackedWeights.of(state.wee()));
    if (normalizeInhibitory) {
      inhibitory.normalize(TrackedWeights.of(state.wei()));
    }
  }

  @Override
  public Map<String, Object> parameters() {
    return parameters;
  }
}
