package org.sorn.engine;

import java.util.random.RandomGenerator;
import org.sorn.api.InputSequence;

/** The package README's input: u(t) uniform in [0,1), drawn step by step from the run's seed. */
final class UniformInput implements InputSequence {
  private final RandomGenerator rng;

  UniformInput(RandomGenerator rng) {
    this.rng = rng;
  }

  @Override
  public void fill(long step, double[] u) {
    for (int i = 0; i < u.length; i++) {
      u[i] = rng.nextDouble();
    }
  }
}
