package org.sorn.api;

import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * How x(t+1) and y(t+1) follow from the state at t (slot {@link Slots#UPDATE}), published as an
 * OSGi service. The engine ships the package's update (inhibition driven by x(t)); a bundle may
 * offer another, such as inhibition driven by x(t+1).
 */
@ConsumerType
public interface NetworkUpdate {

  /** The variant's name, unique within the update slot. */
  String variant();

  /** The update of one run, with its parameters resolved now. */
  Rule bind(RunContext run);

  /** An update bound to one run. */
  @ConsumerType
  interface Rule {
    /**
     * Computes one step. On entry {@code state.x().before()} / {@code y().before()} (and their
     * active lists) hold the activity at t; the rule writes x(t+1) into {@code state.x().after()},
     * y(t+1) into {@code state.y().after()} and the package's recurrent activation into {@code
     * recurrent}; the engine indexes the active units afterwards.
     *
     * @param u the input u(t), length nu: it drives E units 0..nu-1
     * @param noiseE xi_E, length ne (zeros when the run has no noise)
     * @param noiseI xi_I, length ni
     */
    void update(
        NetworkState state, double[] u, double[] noiseE, double[] noiseI, boolean[] recurrent);

    /** The parameters in force, for the run record. */
    Map<String, Object> parameters();

    /**
     * Called once, on the run's thread, when the run stops using this update: the run ended, or
     * the slot took another. Releases what it holds beyond memory (threads, files). The default
     * holds nothing.
     */
    default void close() {}
  }
}
