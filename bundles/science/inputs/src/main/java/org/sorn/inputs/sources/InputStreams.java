package org.sorn.inputs.sources;

import java.util.random.RandomGenerator;
import org.sorn.api.RunContext;

/** Where the input sources draw from, and how they read integer parameters. */
final class InputStreams {
  /** The run's input stream: the engine's default uniform input draws from it too. */
  static final String INPUT = "input";

  private InputStreams() {}

  static RandomGenerator of(RunContext run) {
    return run.random(INPUT);
  }

  /**
   * The run's value of an integer parameter, else {@code fallback}.
   *
   * @throws IllegalArgumentException naming the parameter when it is not an integer >= min
   */
  static int integer(RunContext run, String name, int fallback, int min) {
    double v = run.parameter(name, fallback);
    if (v != Math.rint(v) || v < min || v > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(name + " must be an integer >= " + min + ", got " + v);
    }
    return (int) v;
  }

  /**
   * The run's value of a real parameter, else {@code fallback}.
   *
   * @throws IllegalArgumentException naming the parameter when it is not finite
   */
  static double real(RunContext run, String name, double fallback) {
    double v = run.parameter(name, fallback);
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(name + " must be a finite number, got " + v);
    }
    return v;
  }
}
