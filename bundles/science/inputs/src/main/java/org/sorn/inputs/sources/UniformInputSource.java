package org.sorn.inputs.sources;

import java.util.random.RandomGenerator;
import org.osgi.service.component.annotations.Component;
import org.sorn.api.InputSequence;
import org.sorn.api.InputSource;
import org.sorn.api.RunContext;

/**
 * {@code uniform}, the input of the package's README: every input unit gets a value uniform in
 * [0, 1) at every step, drawn from the run's input stream (the engine's default input).
 */
@Component(service = InputSource.class)
public final class UniformInputSource implements InputSource {
  /** The source's name. */
  public static final String NAME = "uniform";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public InputSequence open(RunContext run) {
    return new Uniform(InputStreams.of(run));
  }

  /** u_i(t) ~ U[0, 1). */
  static final class Uniform implements InputSequence {
    private final RandomGenerator rng;

    Uniform(RandomGenerator rng) {
      this.rng = rng;
    }

    @Override
    public void fill(long step, double[] u) {
      for (int i = 0; i < u.length; i++) {
        u[i] = rng.nextDouble();
      }
    }
  }
}
