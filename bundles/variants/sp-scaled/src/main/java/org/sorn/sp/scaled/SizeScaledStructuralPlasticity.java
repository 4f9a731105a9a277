package org.sorn.sp.scaled;

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
 * Structural plasticity whose rate grows with the network, as in the codes of Zheng, Dimitrakakis
 * and Triesch (2013), variant {@code sp-size-scaled} of slot {@code sp}. The expected number of new
 * E to E synapses per step is
 *
 * <pre>
 *   p = sp_base_probability * ne(ne-1) / (sp_reference_ne (sp_reference_ne-1))
 * </pre>
 *
 * <p>(0.1 * ne(ne-1) / (200*199) by default: exactly the package's 0.1 at ne = 200). Each step
 * creates floor(p) synapses, plus one more with probability p - floor(p): so one synapse with
 * probability p while p < 1, and several per step in large networks (p = 2.51 at ne = 1000). Each
 * new synapse is otherwise the package's (spec 2.7.3): a pair (j, i), j != i, with W^EE[j][i] <=
 * 0, chosen uniformly among the pairs that are still candidates, gets weight sp_initial_weight.
 * When no candidate is left the step creates fewer (the package would raise IndexError).
 *
 * <p>Random draws come from the run's {@code "sp"} stream, the stream of the slot.
 */
@Component(
    service = PlasticityMechanism.class,
    configurationPid = "org.sorn.sp.scaled",
    configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = SizeScaledStructuralPlasticity.Config.class)
public final class SizeScaledStructuralPlasticity implements PlasticityMechanism {
  /** The variant's name. */
  public static final String VARIANT = "sp-size-scaled";
  /** Name of the creation probability per step at the reference size. */
  public static final String SP_BASE_PROBABILITY = "sp_base_probability";
  /** Name of the network size at which p is sp_base_probability. */
  public static final String SP_REFERENCE_NE = "sp_reference_ne";
  /** Name of the weight a new synapse starts with, before normalisation. */
  public static final String SP_INITIAL_WEIGHT = "sp_initial_weight";

  /** The configuration; a run's own value of a parameter wins over it. */
  @ObjectClassDefinition(
      name = "SORN structural plasticity, size-scaled",
      description = "Creation of new E to E synapses at a rate that grows with ne(ne-1)")
  public @interface Config {
    // double underscores make the property keys sp_base_probability, ...
    @AttributeDefinition(
        name = "sp_base_probability",
        description = "Expected new synapses per step at the reference size")
    double sp__base__probability() default 0.1;

    @AttributeDefinition(
        name = "sp_reference_ne",
        description = "Number of E units at which the rate is sp_base_probability")
    int sp__reference__ne() default 200;

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
    return VARIANT;
  }

  @Override
  public int order() {
    return Slots.ORDER_SP;
  }

  /**
   * @throws IllegalArgumentException when sp_base_probability is not a number >= 0,
   *     sp_reference_ne not a whole number >= 2, or sp_initial_weight not a positive number
   */
  @Override
  public PlasticityRule bind(RunContext run) {
    Config c = config;
    double base = run.parameter(SP_BASE_PROBABILITY, c.sp__base__probability());
    double referenceNe = run.parameter(SP_REFERENCE_NE, c.sp__reference__ne());
    double initialWeight = run.parameter(SP_INITIAL_WEIGHT, c.sp__initial__weight());
    if (!(base >= 0.0 && Double.isFinite(base))) {
      throw new IllegalArgumentException(
          SP_BASE_PROBABILITY + " must be a number >= 0, got " + base);
    }
    if (!(referenceNe >= 2
        && referenceNe <= Integer.MAX_VALUE
        && referenceNe == Math.rint(referenceNe))) {
      throw new IllegalArgumentException(
          SP_REFERENCE_NE + " must be a whole number >= 2, got " + referenceNe);
    }
    if (!(initialWeight > 0.0 && Double.isFinite(initialWeight))) {
      throw new IllegalArgumentException(
          SP_INITIAL_WEIGHT + " must be a positive number, got " + initialWeight);
    }
    return new ScaledSynapseCreation(
        run.random(Slots.SP),
        base,
        (int) referenceNe,
        initialWeight,
        run.description().ne());
  }
}
