package org.sorn.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The state of one network, owned by the engine and changed in place by the mechanisms of its
 * run. Names follow the model: {@code Wee[j][i]} is the weight from E unit j to E unit i, {@code
 * Wei[k][i]} from I unit k to E unit i, {@code Wie[j][k]} from E unit j to I unit k.
 *
 * <p>Not thread-safe: a run reads and changes its state on one thread.
 */
@ProviderType
public interface NetworkState {

  /** Number of excitatory units. */
  int ne();

  /** Number of inhibitory units. */
  int ni();

  /** Number of input units; input drives E units 0..nu-1. */
  int nu();

  /** Number of steps this state has been through in its run. */
  long step();

  /** E to E weights, ne x ne. */
  SynapticWeights wee();

  /** I to E weights, ni x ne. */
  SynapticWeights wei();

  /** E to I weights, ne x ni. */
  SynapticWeights wie();

  /** Excitatory thresholds T^E, length ne, changed in place. */
  double[] te();

  /** Inhibitory thresholds T^I, length ni. */
  double[] ti();

  /** Excitatory activity x. */
  Activity x();

  /** Inhibitory activity y. */
  Activity y();
}
