package org.sorn.engine;

import java.util.Map;
import java.util.random.RandomGenerator;
import org.osgi.service.component.annotations.Component;
import org.sorn.api.NoiseModel;
import org.sorn.api.RunContext;

/**
 * The package's noise: xi ~ N(0, sigma^2) for each E unit, then each I unit, with sigma the run's
 * {@code noiseSigma} (0.04 in the package).
 */
@Component(service = NoiseModel.class)
public final class GaussianNoiseModel implements NoiseModel {
  /** The variant's name. */
  public static final String VARIANT = org.sorn.api.Slots.DEFAULT_NOISE;

  @Override
  public String variant() {
    return VARIANT;
  }

  @Override
  public Noise bind(RunContext run) {
    return new Gaussian(run.random("noise"), run.description().noiseSigma());
  }

  private static final class Gaussian implements Noise {
    private final RandomGenerator rng;
    private final double sigma;
    private final Map<String, Object> parameters;

    Gaussian(RandomGenerator rng, double sigma) {
      this.rng = rng;
      this.sigma = sigma;
      this.parameters = Map.of("noise_sigma", sigma);
    }

    @Override
    public void sample(double[] excitatory, double[] inhibitory) {
      if (rng instanceof Xoshiro256StarStar xoshiro) { // the run's generator: the same draws, faster
        xoshiro.fillGaussian(excitatory, sigma);
        xoshiro.fillGaussian(inhibitory, sigma);
        return;
      }
      for (int i = 0; i < excitatory.length; i++) {
        excitatory[i] = sigma * rng.nextGaussian();
      }
      for (int k = 0; k < inhibitory.length; k++) {
        inhibitory[k] = sigma * rng.nextGaussian();
      }
    }

    @Override
    public Map<String, Object> parameters() {
      return parameters;
    }
  }
}
