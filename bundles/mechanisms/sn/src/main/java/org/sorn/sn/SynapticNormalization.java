package org.sorn.sn;

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
 * The package's synaptic normalisation (spec 2.7.5), slot {@code ss} as the package names it in
 * {@code freeze}: the incoming W^EE weights of every E unit, then its incoming W^EI weights, are
 * divided by their sum so that each column sums to 1.
 *
 * <p>Quirk Q17, decided: the package divides a column whose sum is exactly 0 (pruned entirely)
 * and so turns it into NaN for ever, silencing the unit. This rule leaves such a column as it is,
 * all zero, so that SP can revive the unit. A NaN already present still propagates as in the
 * package.
 */
@Component(
    service = PlasticityMechanism.class,
    configurationPid = "org.sorn.sn",
    configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = SynapticNormalization.Config.class)
public final class SynapticNormalization implements PlasticityMechanism {
  /** Name of the switch that turns off the normalisation of W^EI (the package normalises it). */
  public static final String NORMALIZE_INHIBITORY = "normalize_inhibitory";

  /** The configuration. */
  @ObjectClassDefinition(
      name = "SORN synaptic normalisation",
      description = "Normalisation of the incoming E to E and I to E weights of each E unit")
  public @interface Config {
    // the double underscore makes the property key "normalize_inhibitory"
    @AttributeDefinition(
        name = "normalize_inhibitory",
        description = "Normalise the I to E weights too, as the package does")
    boolean normalize__inhibitory() default true;
  }

  private volatile Config config;

  @Activate
  @Modified
  void configure(Config config) {
    this.config = config;
  }

  @Override
  public String slot() {
    return Slots.SS;
  }

  @Override
  public String variant() {
    return Slots.SS;
  }

  @Override
  public int order() {
    return Slots.ORDER_SS;
  }

  @Override
  public PlasticityRule bind(RunContext run) {
    return new IncomingWeightNormalization(
        run.description().ne(), config.normalize__inhibitory());
  }
}
