package org.sorn.inputs.sources;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.sorn.api.InputSequence;
import org.sorn.api.InputSource;
import org.sorn.api.InputSourceProperties;
import org.sorn.api.RunContext;

/**
 * {@code gaussian}, what the package's broken {@code generate_gaussian_inputs(nu, ne)} was meant to
 * do (spec section 6), as we read it: the same draws as the strong input (n uniform in {0, ...,
 * ne-1}, then n input units with replacement), then one normal value per input unit, of which the
 * drawn units get theirs and the others 0. The package wrote {@code np.random.normal(length)} (one
 * scalar of mean {@code length}) where {@code np.random.normal(size=length)} fits the code that
 * follows; mean and standard deviation are parameters (0 and 1 by default).
 */
@Component(
    service = InputSource.class,
    property = {
      InputSourceProperties.PARAMETERS + "=mean=gaussian_mean",
      InputSourceProperties.PARAMETERS + "=sigma=gaussian_sd",
      InputSourceProperties.PARAMETERS + "=sd=gaussian_sd"
    },
    configurationPid = GaussianInputSource.PID,
    configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = GaussianInputSource.Config.class)
public final class GaussianInputSource implements InputSource {
  /** The source's name. */
  public static final String NAME = "gaussian";
  static final String PID = "org.sorn.inputs.gaussian";
  static final String MEAN = "gaussian_mean";
  static final String SD = "gaussian_sd";

  /** The configuration; a run's own value of a parameter wins over it. */
  @ObjectClassDefinition(name = "SORN Gaussian input", description = "Gaussian input on drawn units")
  public @interface Config {
    @AttributeDefinition(name = "gaussian_mean", description = "Mean of a drawn unit's input")
    double gaussian__mean() default 0.0;

    @AttributeDefinition(name = "gaussian_sd", description = "Standard deviation of that input")
    double gaussian__sd() default 1.0;
  }

  private volatile Config config;

  @Activate
  @Modified
  void configure(Config config) {
    this.config = config;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public InputSequence open(RunContext run) {
    Config c = config;
    double sd = InputStreams.real(run, SD, c.gaussian__sd());
    if (sd < 0) {
      throw new IllegalArgumentException(SD + " must be >= 0, got " + sd);
    }
    return new Gaussian(
        InputStreams.of(run), run.description().ne(), run.description().nu(),
        InputStreams.real(run, MEAN, c.gaussian__mean()), sd);
  }

  /** One call of the meant generate_gaussian_inputs(nu, reservoirSize) per step. */
  static final class Gaussian implements InputSequence {
    private final RandomGenerator rng;
    private final int reservoirSize;
    private final double mean;
    private final double sd;
    private final boolean[] drawn;

    Gaussian(RandomGenerator rng, int reservoirSize, int nu, double mean, double sd) {
      this.rng = rng;
      this.reservoirSize = reservoirSize;
      this.mean = mean;
      this.sd = sd;
      this.drawn = new boolean[nu];
    }

    @Override
    public void fill(long step, double[] u) {
      Arrays.fill(drawn, false);
      if (u.length == 0) {
        return;
      }
      // the package's order of draws: n, then the n indices, then the normal vector
      int draws = rng.nextInt(reservoirSize);
      for (int d = 0; d < draws; d++) {
        drawn[rng.nextInt(u.length)] = true;
      }
      for (int i = 0; i < u.length; i++) {
        double z = rng.nextGaussian();
        u[i] = drawn[i] ? mean + sd * z : 0.0;
      }
    }
  }
}
