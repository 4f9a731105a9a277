package org.sorn.recording;

import java.util.Map;
import java.util.random.RandomGenerator;
import org.sorn.api.RunContext;
import org.sorn.api.RunDescription;

/** A run context with the package's defaults and the given parameters. */
record TestRun(RunDescription description) implements RunContext {

  static TestRun of(long steps, Map<String, Double> parameters) {
    RunDescription d = RunDescription.defaults(7, steps);
    return new TestRun(
        new RunDescription(
            d.ne(), d.nu(), d.seed(), steps, d.phase(), d.frozen(), d.noise(), d.noiseSigma(),
            parameters, d.variants()));
  }

  @Override
  public String runId() {
    return "run-1";
  }

  @Override
  public double parameter(String name, double fallback) {
    return description.parameter(name, fallback);
  }

  @Override
  public RandomGenerator random(String purpose) {
    throw new UnsupportedOperationException("recording draws no random numbers");
  }
}
