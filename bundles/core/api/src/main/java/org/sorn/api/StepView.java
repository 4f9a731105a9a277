package org.sorn.api;

import org.osgi.annotation.versioning.ProviderType;

/** One step t -> t+1 as its listeners see it. Valid only during the call it is passed to. */
@ProviderType
public interface StepView {

  /** t: the index of this step in the run, from 0. */
  long step();

  /** The state: activities of this step; weights before or after plasticity, per the callback. */
  NetworkState state();

  /** u(t), the input of this step, length nu. */
  double[] input();

  /**
   * The package's recurrent activation: x(t+1) as it would be without the input, with the same
   * weights, thresholds and noise sample. Length ne.
   */
  boolean[] recurrentActivation();
}
