package org.sorn.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A plasticity mechanism, published as an OSGi service by its own bundle. The engine binds every
 * mechanism service it sees; for each run it takes one provider per slot and asks it for a {@link
 * PlasticityRule}, which it then applies once per step in ascending {@link #order()}.
 */
@ConsumerType
public interface PlasticityMechanism {

  /** The slot this mechanism fills, for example {@link Slots#STDP}; {@code freeze} uses it. */
  String slot();

  /** The variant's name, unique within its slot; the package's own rule is named as its slot. */
  String variant();

  /** Place in the step: mechanisms run in ascending order (see {@link Slots}). */
  int order();

  /**
   * A rule for one run, with its parameters resolved now: the run's value of a parameter when the
   * run sets one, otherwise the mechanism's configuration.
   */
  PlasticityRule bind(RunContext run);
}
