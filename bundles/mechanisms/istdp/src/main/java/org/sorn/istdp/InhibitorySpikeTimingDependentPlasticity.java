package org.sorn.istdp;

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
 * The package's inhibitory STDP of W^EI (spec 2.7.4), slot {@code istdp}: an inhibitory unit that
 * fired at t loses eta_inhib on its synapses to E units silent at t+1 and gains eta_inhib/mu_ip on
 * those to E units that fire; weights are then clipped to [0, 1].
 */
@Component(
    service = PlasticityMechanism.class,
    configurationPid = "org.sorn.istdp",
    configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = InhibitorySpikeTimingDependentPlasticity.Config.class)
public final class InhibitorySpikeTimingDependentPlasticity implements PlasticityMechanism {

  /** The configuration; a run's own value of a parameter wins over it. */
  @ObjectClassDefinition(
      name = "SORN inhibitory STDP",
      description = "Inhibitory spike-timing dependent plasticity of the I to E weights")
  public @interface Config {
    // double underscores make the property keys the package's names (eta_inhib, mu_ip)
    @AttributeDefinition(name = "eta_inhib", description = "iSTDP learning rate")
    double eta__inhib() default Hyperparameters.DEFAULT_ETA_INHIB;

    @AttributeDefinition(name = "mu_ip", description = "Target rate in the iSTDP rule")
    double mu__ip() default Hyperparameters.DEFAULT_MU_IP;
  }

  private volatile Config config;

  @Activate
  @Modified
  void configure(Config config) {
    this.config = config;
  }

  @Override
  public String slot() {
    return Slots.ISTDP;
  }

  @Override
  public String variant() {
    return Slots.ISTDP;
  }

  @Override
  public int order() {
    return Slots.ORDER_ISTDP;
  }

  @Override
  public PlasticityRule bind(RunContext run) {
    Config c = config;
    return new InhibitorySpikeTimingRule(
        run.parameter(Hyperparameters.ETA_INHIB, c.eta__inhib()),
        run.parameter(Hyperparameters.MU_IP, c.mu__ip()));
  }
}
