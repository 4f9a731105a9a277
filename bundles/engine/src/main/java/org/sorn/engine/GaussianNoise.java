package org.sorn.engine;

import java.util.random.RandomGenerator;

/** xi ~ N(0, sigma^2), drawn for the E units, then the I units, as the package does. */
final class GaussianNoise implements NoiseSource {
  private final RandomGenerator rng;
  private final double sigma;

  GaussianNoise(RandomGenerator rng, double sigma) {
    this.rng = rng;
    this.sigma = sigma;
  }

  @Override
  public void sample(double[] excitatory, double[] inhibitory) {
    for (int i = 0; i < excitatory.length; i++) {
      excitatory[i] = sigma * rng.nextGaussian();
    }
    for (int k = 0; k < inhibitory.length; k++) {
      inhibitory[k] = sigma * rng.nextGaussian();
    }
  }
}
