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
 * {@code multi-one-hot}, the package's {@code multi_one_hot_inp(nu, inputs, n_nodes_per_inp)}
 * (spec section 6) made a sequence: at the start of the run each of {@code one_hot_inputs} inputs
 * gets its units, in {@code units_per_input} rounds that each give every input a distinct input
 * unit (so an input may get the same unit twice, and two inputs may share one); then at every step
 * one input, uniform at random, is presented: its units get {@code one_hot_value}, the others 0.
 */
@Component(
    service = InputSource.class,
    property = {
      InputSourceProperties.PARAMETERS + "=inputs=one_hot_inputs",
      InputSourceProperties.PARAMETERS + "=units=units_per_input",
      InputSourceProperties.PARAMETERS + "=value=one_hot_value"
    },
    configurationPid = MultiOneHotInputSource.PID,
    configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = MultiOneHotInputSource.Config.class)
public final class MultiOneHotInputSource implements InputSource {
  /** The source's name. */
  public static final String NAME = "multi-one-hot";
  static final String PID = "org.sorn.inputs.multionehot";
  static final String INPUTS = "one_hot_inputs";
  static final String UNITS_PER_INPUT = "units_per_input";
  static final String VALUE = "one_hot_value";

  /** The configuration; a run's own value of a parameter wins over it. */
  @ObjectClassDefinition(name = "SORN multi one-hot input", description = "The package's multi one-hot input")
  public @interface Config {
    @AttributeDefinition(name = "one_hot_inputs", description = "Number of distinct inputs")
    int one__hot__inputs() default 5;

    @AttributeDefinition(name = "units_per_input", description = "Rounds of unit draws per input")
    int units__per__input() default 2;

    @AttributeDefinition(name = "one_hot_value", description = "Input of the units of the input shown")
    double one__hot__value() default 1.0;
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
    int nu = run.description().nu();
    int inputs = InputStreams.integer(run, INPUTS, c.one__hot__inputs(), 1);
    if (inputs > nu) {
      throw new IllegalArgumentException(
          INPUTS + " must be at most nu (" + nu + ") so that a round gives each a distinct unit, got "
              + inputs);
    }
    int rounds = InputStreams.integer(run, UNITS_PER_INPUT, c.units__per__input(), 1);
    double value = InputStreams.real(run, VALUE, c.one__hot__value());
    RandomGenerator rng = InputStreams.of(run);
    return new OneHot(rng, assignUnits(rng, nu, inputs, rounds), value);
  }

  /**
   * units[j][r] = the unit that round r gives to input j: in each round, {@code inputs} distinct
   * units of {@code 0..nu-1} in random order (Python's random.sample).
   */
  static int[][] assignUnits(RandomGenerator rng, int nu, int inputs, int rounds) {
    int[][] units = new int[inputs][rounds];
    int[] pool = new int[nu];
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < nu; i++) {
        pool[i] = i;
      }
      // partial Fisher-Yates shuffle: the first `inputs` entries are a uniform sample
      for (int j = 0; j < inputs; j++) {
        int k = j + rng.nextInt(nu - j);
        int swap = pool[j];
        pool[j] = pool[k];
        pool[k] = swap;
        units[j][r] = pool[j];
      }
    }
    return units;
  }

  /** One input per step, uniform at random. */
  static final class OneHot implements InputSequence {
    private final RandomGenerator rng;
    private final int[][] units;
    private final double value;

    OneHot(RandomGenerator rng, int[][] units, double value) {
      this.rng = rng;
      this.units = units;
      this.value = value;
    }

    @Override
    public void fill(long step, double[] u) {
      Arrays.fill(u, 0.0);
      for (int unit : units[rng.nextInt(units.length)]) {
        u[unit] = value;
      }
    }
  }
}
