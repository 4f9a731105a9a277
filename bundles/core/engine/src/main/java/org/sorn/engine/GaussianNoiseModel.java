package org.sorn.engine;

import java.util.Map;
import java.util.random.RandomGenerator;
import org.osgi.service.component.annotations.Component;
import org.sorn.api.NoiseModel;
import org.sorn.api.RunContext;

/**
 * The package's noise: xi ~ N(0, sigma^2) for each E unit, then each I unit, with sigma the run's
 * {@code noiseSigma} (0.04 in the package). Drawn ahead on another thread where the machine has a
 * core to spare and the run is long enough to gain from it ({@link NoiseAhead}), else on the
 * run's; the same numbers either way.
 */
@Component(service = NoiseModel.class)
public final class GaussianNoiseModel implements NoiseModel {
  /** The variant's name. */
  public static final String VARIANT = org.sorn.api.Slots.DEFAULT_NOISE;

  /**
   * Whether the noise is drawn ahead on a thread of its own ({@link NoiseAhead}): the system
   * property {@code sorn.noise.ahead}, true unless set to false. The numbers are the same.
   */
  static final boolean AHEAD = !"false".equalsIgnoreCase(System.getProperty("sorn.noise.ahead"));

  /**
   * The fewest steps a run must ask for to have its noise drawn ahead: a producer costs a thread's
   * start and draws a ring of steps ahead (about a thousand at ne = 200), which a run of a few steps
   * (a {@code Trainer.run(timesteps=1)} loop from Python) pays for and never uses.
   */
  static final long AHEAD_MIN_STEPS = 1_000;

  @Override
  public String variant() {
    return VARIANT;
  }

  @Override
  public Noise bind(RunContext run) {
    RandomGenerator rng = run.random("noise");
    double sigma = run.description().noiseSigma();
    if (rng instanceof Xoshiro256StarStar stream && NoiseAhead.PRODUCERS > 0 && AHEAD
        && run.description().steps() >= AHEAD_MIN_STEPS) {
      return new NoiseAhead(stream, sigma, run.description().ne(), run.description().ni());
    }
    return new Gaussian(rng, sigma);
  }

  /** xi_E then xi_I, sigma times one standard normal draw after another from {@code rng}. */
  static void draw(RandomGenerator rng, double sigma, double[] excitatory, double[] inhibitory) {
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
      draw(rng, sigma, excitatory, inhibitory);
    }

    @Override
    public Map<String, Object> parameters() {
      return parameters;
    }
  }
}
