package org.sorn.api;

import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Where a step's noise comes from (slot {@link Slots#NOISE}), published as an OSGi service. The
 * engine ships the package's Gaussian noise; a bundle may offer another. A run with noise off uses
 * none.
 */
@ConsumerType
public interface NoiseModel {

  /** The variant's name, unique within the noise slot. */
  String variant();

  /** The noise of one run, with its parameters resolved now. */
  Noise bind(RunContext run);

  /** A noise model bound to one run. */
  @ConsumerType
  interface Noise {
    /** Fills xi_E (length ne) and xi_I (length ni) for one step. */
    void sample(double[] excitatory, double[] inhibitory);

    /** The parameters in force, for the run record. */
    Map<String, Object> parameters();

    /**
     * Called once, on the run's thread, when the run stops using this noise: the run ended, or
     * the slot took another. Releases what it holds beyond memory (threads such as those drawing
     * noise ahead, files). The default holds nothing.
     */
    default void close() {}
  }
}
