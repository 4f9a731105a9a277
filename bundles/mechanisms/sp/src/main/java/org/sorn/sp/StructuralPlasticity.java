package org.sorn.sp;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.sorn.api.PlasticityMechanism;
import org.sorn.api.PlasticityRule;
import org.sorn.api.RunContext;
import org.sorn.api.Slots;

/**
 * The package's structural plasticity (spec 2.7.3, quirk Q8), slot {@code sp}: with probability
 * sp_probability per step, one absent or pruned E to E synapse j -> i (j != i), chosen uniformly,
 * is created with weight sp_initial_weight.
 *
 * <p>The random draws come from the run's {@code "sp"} stream, so they cannot reproduce the
 * package's numpy/{@code random} draws; the distribution is the same. Where the package raises
 * IndexError because no candidate is left, this rule does nothing.
 */
@Component(
    service = PlasticityMechanism.class,
    configurationPid = "org.sorn.sp",
    configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = StructuralPlasticity.Config.class)
public final class StructuralPlasticity implements PlasticityMechanism {
  /** Name of the per-step probability that a synapse is created. */
  public static final String SP_PROBABILITY = "sp_probability";
  /** Name of the weight a new synapse starts with, before normalisation. */
  public static final String SP_INITIAL_WEIGHT = "sp_initial_weight";

  /** The configuration; a run's own value of a parameter wins over it. */
  @ObjectClassDefinition(
      name = "SORN structural plasticity",
      description = "Creation of new E to E synapses")
  public @interface Config {
    // double underscores make the property keys sp_probability and sp_initial_weight
    @AttributeDefinition(
        name = "sp_probability",
        description = "Probability per step that one synapse is created")
    double sp__probability() default 0.1;

    @AttributeDefinition(
        name = "sp_initial_weight",
        description = "Weight of a new synapse, before normalisation")
    double sp__initial__weight() default 0.001;
  }

  private volatile Config config;

  @Activate
  @Modified
  void configure(Config config) {
    this.config = config;
  }

  @Override
  public String slot() {
    return Slots.SP;
  }

  @Override
  public String variant() {
    return Slots.SP;
  }

  @Override
  public int order() {
    return Slots.ORDER_SP;
  }

  /**
   * @throws IllegalArgumentException when sp_probability is not in [0, 1] or sp_initial_weight
   *     is not a positive number
   */
  @Override
  public PlasticityRule bind(RunContext run) {
    Config c = config;
    double probability = run.parameter(SP_PROBABILITY, c.sp__probability());
    double initialWeight = run.parameter(SP_INITIAL_WEIGHT, c.sp__initial__weight());
    if (!(probability >= 0.0 && probability <= 1.0)) {
      throw new IllegalArgumentException(
          SP_PROBABILITY + " must be a number in [0, 1], got " + probability);
    }
    if (!(initialWeight > 0.0 && Double.isFinite(initialWeight))) {
      throw new IllegalArgumentException(
          SP_INITIAL_WEIGHT + " must be a positive number, got " + initialWeight);
    }
    return new SynapseCreation(run.random(Slots.SP), probability, initialWeight);
  }
}
