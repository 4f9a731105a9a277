package org.sorn.inputs.sources;

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
 * {@code strong}, the package's {@code generate_strong_inp(nu, ne)} drawn afresh at every step
 * (spec section 6): n is uniform in {0, ..., ne-1}, then n input units are drawn uniformly with
 * replacement and each gets {@code strong_input} (1e4); the others get 0. With ne = 200 and nu =
 * 10 a unit misses the strong input in about 5 % of the steps: nearly every input unit fires at
 * every step, whatever the network does.
 */
@Component(
    service = InputSource.class,
    property = {
      InputSourceProperties.PARAMETERS + "=input=strong_input"
    },
    configurationPid = StrongInputSource.PID,
    configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = StrongInputSource.Config.class)
public final class StrongInputSource implements InputSource {
  /** The source's name. */
  public static final String NAME = "strong";
  static final String PID = "org.sorn.inputs.strong";
  /** Run parameter: the value of a strong input. */
  static final String STRONG_INPUT = "strong_input";

  /** The configuration; a run's own value of a parameter wins over it. */
  @ObjectClassDefinition(name = "SORN strong input", description = "The package's strong input")
  public @interface Config {
    @AttributeDefinition(name = "strong_input", description = "Input of a unit that is drawn")
    double strong__input() default 1.0e4;
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
    double value = InputStreams.real(run, STRONG_INPUT, config.strong__input());
    return new Strong(InputStreams.of(run), run.description().ne(), value);
  }

  /** One call of generate_strong_inp(nu, reservoirSize) per step. */
  static final class Strong implements InputSequence {
    private final RandomGenerator rng;
    private final int reservoirSize;
    private final double value;

    Strong(RandomGenerator rng, int reservoirSize, double value) {
      this.rng = rng;
      this.reservoirSize = reservoirSize;
      this.value = value;
    }

    @Override
    public void fill(long step, double[] u) {
      java.util.Arrays.fill(u, 0.0);
      if (u.length == 0) {
        return;
      }
      // n = randint(reservoir_size), then idx = choice(length, n): with replacement
      int draws = rng.nextInt(reservoirSize);
      for (int d = 0; d < draws; d++) {
        u[rng.nextInt(u.length)] = value;
      }
    }
  }
}
