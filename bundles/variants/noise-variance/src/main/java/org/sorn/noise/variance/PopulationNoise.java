package org.sorn.noise.variance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.sorn.api.NoiseModel;

/** Gaussian noise with one variance per population, fixed for one run. */
final class PopulationNoise implements NoiseModel.Noise {
  private final RandomGenerator random;
  private final double sigmaE;
  private final double sigmaI;
  private final Map<String, Object> parameters;

  PopulationNoise(RandomGenerator random, double varianceE, double varianceI) {
    this.random = random;
    this.sigmaE = Math.sqrt(varianceE);
    this.sigmaI = Math.sqrt(varianceI);
    Map<String, Object> p = new LinkedHashMap<>();
    p.put(GaussianVarianceNoise.NOISE_VARIANCE_E, varianceE);
    p.put(GaussianVarianceNoise.NOISE_VARIANCE_I, varianceI);
    this.parameters = Collections.unmodifiableMap(p);
  }

  @Override
  public void sample(double[] excitatory, double[] inhibitory) {
    // xi = sqrt(variance) * N(0, 1): E units first, then I units, as the engine's gaussian
    for (int i = 0; i < excitatory.length; i++) {
      excitatory[i] = sigmaE * random.nextGaussian();
    }
    for (int k = 0; k < inhibitory.length; k++) {
      inhibitory[k] = sigmaI * random.nextGaussian();
    }
  }

  @Override
  public Map<String, Object> parameters() {
    return parameters;
  }
}
