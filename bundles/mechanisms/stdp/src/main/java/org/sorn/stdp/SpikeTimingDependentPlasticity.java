package org.sorn.stdp;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.sorn.api.Hyperparameters;
import org.sorn.api.PlasticityMechanism;
import org.sorn.api.PlasticityRule;
import org.sorn.api.RunContext;
import org.sorn.api.Slots;

/**
 * The package's spike-timing dependent plasticity of W^EE (spec 2.7.1), slot {@code stdp}: a
 * synapse j -> i gains eta_stdp when j fires at t and i at t+1, loses it in the reverse order;
 * then weights are clipped to [0, 1], so that a synapse reaching 0 is pruned.
 */
@Component(
    service = PlasticityMechanism.class,
    configurationPid = "org.sorn.stdp",
    configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = SpikeTimingDependentPlasticity.Config.class)
public final class SpikeTimingDependentPlasticity implements PlasticityMechanism {

  /** The configuration; a run's own value of a parameter wins over it. */
  @ObjectClassDefinition(
      name = "SORN STDP",
      description = "Spike-timing dependent plasticity of the E to E weights")
  public @interface Config {
    // the double underscore makes the property key "eta_stdp", the package's name
    @AttributeDefinition(name = "eta_stdp", description = "STDP learning rate")
    double eta__stdp() default Hyperparameters.DEFAULT_ETA_STDP;
  }

  private volatile Config config;

  @Activate
  @Modified
  void configure(Config config) {
    this.config = config;
  }

  @Override
  public String slot() {
    return Slots.STDP;
  }

  @Override
  public String variant() {
    return Slots.STDP;
  }

  @Override
  public int order() {
    return Slots.ORDER_STDP;
  }

  @Override
  public PlasticityRule bind(RunContext run) {
    return new SpikeTimingRule(run.parameter(Hyperparameters.ETA_STDP, config.eta__stdp()));
  }
}
