package org.sorn.ip;

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
import org.sorn.api.run.RunDescription;

/**
 * The package's intrinsic plasticity of the excitatory thresholds (spec 2.7.2), slot {@code ip}:
 * a unit that fires raises its threshold, a silent one lowers it, towards the target rate h_ip;
 * thresholds are then clamped to [te_min, te_max].
 */
@Component(
    service = PlasticityMechanism.class,
    configurationPid = "org.sorn.ip",
    configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = IntrinsicPlasticity.Config.class)
public final class IntrinsicPlasticity implements PlasticityMechanism {

  /** The configuration; a run's own value of a parameter wins over it. */
  @ObjectClassDefinition(
      name = "SORN intrinsic plasticity",
      description = "Intrinsic plasticity of the excitatory thresholds")
  public @interface Config {
    // double underscores make the property keys the package's names (eta_ip, ...)
    @AttributeDefinition(name = "eta_ip", description = "IP learning rate")
    double eta__ip() default Hyperparameters.DEFAULT_ETA_IP;

    @AttributeDefinition(name = "te_min", description = "Lowest excitatory threshold")
    double te__min() default Hyperparameters.DEFAULT_TE_MIN;

    @AttributeDefinition(name = "te_max", description = "Highest excitatory threshold")
    double te__max() default Hyperparameters.DEFAULT_TE_MAX;

    @AttributeDefinition(
        name = "h_ip",
        description = "Target firing rate; NaN means the package's (2*nu)/ne")
    double h__ip() default Double.NaN;
  }

  private volatile Config config;

  @Activate
  @Modified
  void configure(Config config) {
    this.config = config;
  }

  @Override
  public String slot() {
    return Slots.IP;
  }

  @Override
  public String variant() {
    return Slots.IP;
  }

  @Override
  public int order() {
    return Slots.ORDER_IP;
  }

  @Override
  public PlasticityRule bind(RunContext run) {
    Config c = config;
    RunDescription d = run.description();
    double hIp = run.parameter(Hyperparameters.H_IP, c.h__ip());
    if (Double.isNaN(hIp)) {
      hIp = Hyperparameters.defaultTargetRate(d.ne(), d.nu());
    }
    return new ThresholdAdaptation(
        run.parameter(Hyperparameters.ETA_IP, c.eta__ip()),
        run.parameter(Hyperparameters.TE_MIN, c.te__min()),
        run.parameter(Hyperparameters.TE_MAX, c.te__max()),
        hIp);
  }
}
