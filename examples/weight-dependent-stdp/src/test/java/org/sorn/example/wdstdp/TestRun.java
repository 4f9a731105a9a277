package org.sorn.example.wdstdp;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.sorn.api.RunContext;
import org.sorn.api.run.RunDescription;

/** A run context for unit tests: given parameters, one seeded SplittableRandom per purpose. */
final class TestRun implements RunContext {
  private final RunDescription description;
  private final Map<String, RandomGenerator> streams = new HashMap<>();

  TestRun(int ne, int nu, long seed, Map<String, Double> parameters) {
    this.description =
        RunDescription.builder()
            .ne(ne)
            .nu(nu)
            .seed(seed)
            .steps(1)
            .noise(false)
            .noiseSigma(0.0)
            .parameters(parameters)
            .build();
  }

  /** A run that sets no parameter. */
  static TestRun of(int ne, int nu) {
    return new TestRun(ne, nu, 1L, Map.of());
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
    return streams.computeIfAbsent(
        purpose, p -> new SplittableRandom(description.seed() * 31 + p.hashCode()));
  }
}
