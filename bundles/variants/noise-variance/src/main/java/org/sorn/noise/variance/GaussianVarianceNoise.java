package org.sorn.noise.variance;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.sorn.api.NoiseModel;
import org.sorn.api.RunContext;

/**
 * Gaussian noise given by its variances, one for each population, variant {@code
 * gaussian-variance} of slot {@code noise}:
 *
 * <pre>
 *   xi_E,i ~ N(0, noise_variance_e)    xi_I,k ~ N(0, noise_variance_i)
 * </pre>
 *
 * <p>as papers that state the noise by its variance write it. Each value is sqrt(variance) times
 * a standard normal draw from the run's {@code "noise"} stream, E units first, then I units, as
 * the engine's {@code gaussian}: with the defaults (0.0016 = 0.04^2 for both) the two give the same
 * noise bit for bit. The run's noise sigma is not used; noise off still means no noise at all.
 */
@Component(
    service = NoiseModel.class,
    configurationPid = "org.sorn.noise.variance",
    configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = GaussianVarianceNoise.Config.class)
public final class GaussianVarianceNoise implements NoiseModel {
  /** The variant's name. */
  public static final String VARIANT = "gaussian-variance";
  /** Name of the variance of the noise on the E drives. */
  public static final String NOISE_VARIANCE_E = "noise_variance_e";
  /** Name of the variance of the noise on the I drives. */
  public static final String NOISE_VARIANCE_I = "noise_variance_i";
  /** The random stream the engine's own noise draws from. */
  static final String STREAM = "noise";

  /** The configuration; a run's own value of a parameter wins over it. */
  @ObjectClassDefinition(
      name = "SORN Gaussian noise by variance",
      description = "Gaussian noise on the E and I drives, each with its own variance")
  public @interface Config {
    // double underscores make the property keys noise_variance_e and noise_variance_i
    @AttributeDefinition(
        name = "noise_variance_e",
        description = "Variance (not standard deviation) of the noise on the E drives")
    double noise__variance__e() default 0.0016;

    @AttributeDefinition(
        name = "noise_variance_i",
        description = "Variance (not standard deviation) of the noise on the I drives")
    double noise__variance__i() default 0.0016;
  }

  private volatile Config config;

  @Activate
  @Modified
  void configure(Config config) {
    this.config = config;
  }

  @Override
  public String variant() {
    return VARIANT;
  }

  /** @throws IllegalArgumentException when a variance is not a finite number >= 0 */
  @Override
  public Noise bind(RunContext run) {
    Config c = config;
    double varianceE = variance(run, NOISE_VARIANCE_E, c.noise__variance__e());
    double varianceI = variance(run, NOISE_VARIANCE_I, c.noise__variance__i());
    return new PopulationNoise(run.random(STREAM), varianceE, varianceI);
  }

  private static double variance(RunContext run, String name, double configured) {
    double v = run.parameter(name, configured);
    if (!(v >= 0.0 && Double.isFinite(v))) {
      throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + v);
    }
    return v;
  }
}
