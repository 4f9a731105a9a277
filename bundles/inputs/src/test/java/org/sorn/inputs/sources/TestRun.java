package org.sorn.inputs.sources;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.sorn.api.Phase;
import org.sorn.api.RunContext;
import org.sorn.api.RunDescription;

/** A run context for unit tests: given parameters, one seeded SplittableRandom per purpose. */
final class TestRun implements RunContext {
  private final RunDescription description;
  private final Map<String, RandomGenerator> streams = new HashMap<>();

  TestRun(int ne, int nu, long seed, Map<String, Double> parameters) {
    this.description =
        new RunDescription(
            ne, nu, seed, 1, Phase.PLASTICITY, Set.of(), false, 0.0, parameters, Map.of());
  }

  @Override
  public String runId() {
    return "test";
  }

  @Override
  public RunDescription description() {
    return description;
  }

  @Override
  public double parameter(String name, double fallback) {
    return description.parameter(name, fallback);
  }

  @Override
  public RandomGenerator random(String purpose) {
    return streams.computeIfAbsent(purpose, p -> stream(description.seed(), p));
  }

  /** The stream a purpose gets, for tests that replay it. */
  static RandomGenerator stream(long seed, String purpose) {
    return new SplittableRandom(seed * 31 + purpose.hashCode());
  }
}
