package org.sorn.example.wdstdp;

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
 * Weight-dependent ("soft-bound") STDP of W^EE, in the style of van Rossum, Bi and Turrigiano
 * (2000) and Gütig et al. (2003): variant {@code weight-dependent-stdp} of slot {@code stdp}. For
 * each existing synapse j -> i (w_ji != 0):
 *
 * <pre>
 *   w_ji += eta_plus (1 - w_ji) x_j(t) x_i(t+1) - eta_minus w_ji x_i(t) x_j(t+1)
 * </pre>
 *
 * <p>so potentiation slows down as w approaches 1 and depression as it approaches 0; when both
 * pairings happen in one step their sum is applied once. Then, as the package does, every weight
 * <= 0 becomes 0 (pruned) and every weight > 1 becomes 1.
 *
 * <p>An example of a lab's own mechanism bundle: it depends on {@code org.sorn.api} only.
 */
// the configuration PID names the file that configures it: deploy/org.sorn.example.wdstdp.cfg
@Component(
    service = PlasticityMechanism.class,
    configurationPid = "org.sorn.example.wdstdp",
    configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = WeightDependentStdp.Config.class)
public final class WeightDependentStdp implements PlasticityMechanism {
  /** The variant's name, as runs choose it: {@code --variant stdp=weight-dependent-stdp}. */
  public static final String VARIANT = "weight-dependent-stdp";
  /** Name of the potentiation rate, in runs and in the configuration. */
  public static final String ETA_PLUS = "eta_plus";
  /** Name of the depression rate. */
  public static final String ETA_MINUS = "eta_minus";

  /** The configuration; a run's own value of a parameter wins over it. */
  @ObjectClassDefinition(
      name = "SORN weight-dependent STDP (example)",
      description = "Soft-bound STDP of the E to E weights")
  public @interface Config {
    // double underscores make the property keys eta_plus and eta_minus
    @AttributeDefinition(name = "eta_plus", description = "Potentiation rate, scaled by 1 - w")
    double eta__plus() default 0.004;

    @AttributeDefinition(name = "eta_minus", description = "Depression rate, scaled by w")
    double eta__minus() default 0.004;
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
    return VARIANT;
  }

  @Override
  public int order() {
    return Slots.ORDER_STDP;
  }

  /** @throws IllegalArgumentException when eta_plus or eta_minus is not a finite number >= 0 */
  @Override
  public PlasticityRule bind(RunContext run) {
    Config c = config;
    return new SoftBoundSpikeTiming(
        rate(run, ETA_PLUS, c.eta__plus()), rate(run, ETA_MINUS, c.eta__minus()));
  }

  private static double rate(RunContext run, String name, double configured) {
    double value = run.parameter(name, configured);
    if (!(value >= 0.0 && Double.isFinite(value))) {
      throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + value);
    }
    return value;
  }
}
