package org.sorn.ip.unclamped;

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
 * Intrinsic plasticity of the excitatory thresholds as Lazar, Pipa and Triesch (2009) write it,
 * variant {@code ip-unclamped} of slot {@code ip}:
 *
 * <pre>
 *   T_i(t+1) = T_i(t) + eta_ip * (x_i(t+1) - h_ip)
 * </pre>
 *
 * <p>with no clamp to [te_min, te_max] afterwards: a threshold may fall below 0 or rise above 1.
 * h_ip defaults to the package's (2*nu)/ne.
 */
@Component(
    service = PlasticityMechanism.class,
    configurationPid = "org.sorn.ip.unclamped",
    configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = UnclampedIntrinsicPlasticity.Config.class)
public final class UnclampedIntrinsicPlasticity implements PlasticityMechanism {
  /** The variant's name. */
  public static final String VARIANT = "ip-unclamped";

  /** The configuration; a run's own value of a parameter wins over it. */
  @ObjectClassDefinition(
      name = "SORN intrinsic plasticity, unclamped",
      description = "Intrinsic plasticity of the excitatory thresholds without a clamp")
  public @interface Config {
    // double underscores make the property keys the package's names (eta_ip, h_ip)
    @AttributeDefinition(name = "eta_ip", description = "IP learning rate")
    double eta__ip() default Hyperparameters.DEFAULT_ETA_IP;

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
    return VARIANT;
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
    return new UnclampedThresholdAdaptation(
        run.parameter(Hyperparameters.ETA_IP, c.eta__ip()), hIp);
  }
}
