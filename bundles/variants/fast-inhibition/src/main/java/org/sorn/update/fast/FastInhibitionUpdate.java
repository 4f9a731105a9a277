package org.sorn.update.fast;

import org.osgi.service.component.annotations.Component;
import org.sorn.api.NetworkUpdate;
import org.sorn.api.RunContext;

/**
 * The network update with fast inhibition, as in Lazar's original SORN code, variant {@code
 * fast-inhibition} of slot {@code update}:
 *
 * <pre>
 *   x(t+1) = H(W^EE x(t) - W^EI y(t) + xi_E + u(t) - T^E)
 *   y(t+1) = H(W^IE x(t+1) + xi_I - T^I)
 * </pre>
 *
 * <p>The excitatory step is the package's, with the same parentheses (spec section 2, items 3 to
 * 5), and so is the recurrent activation; only the inhibitory units differ: they are driven by the
 * excitatory activity of the same step, x(t+1), instead of x(t). It has no parameters.
 */
@Component(service = NetworkUpdate.class)
public final class FastInhibitionUpdate implements NetworkUpdate {
  /** The variant's name. */
  public static final String VARIANT = "fast-inhibition";

  @Override
  public String variant() {
    return VARIANT;
  }

  @Override
  public Rule bind(RunContext run) {
    return new FastInhibitionKernel(run.description().ne(), run.description().ni());
  }
}
