package org.sorn.engine;

/** Where the step's noise samples come from: the run's generator, or a recorded trace in tests. */
interface NoiseSource {

  /** Fills xi_E (length ne) and then xi_I (length ni) for one step. */
  void sample(double[] excitatory, double[] inhibitory);
}
