package org.sorn.testkit;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.sorn.api.RunContext;
import org.sorn.api.run.RunDescription;

/**
 * A run context for unit tests: a given description and one {@link SplittableRandom} per purpose,
 * seeded {@code seed * 31 + purpose.hashCode()} (see {@link #stream}). These are not the engine's
 * xoshiro256** streams: a test that needs the engine's numbers runs the engine.
 */
public final class TestRun implements RunContext {
  private final String runId;
  private final RunDescription description;
  private final boolean draws;
  private final Map<String, RandomGenerator> streams = new HashMap<>();

  private TestRun(String runId, RunDescription description, boolean draws) {
    this.runId = runId;
    this.description = description;
    this.draws = draws;
  }

  /** A run with this description, identified as {@code "test"}. */
  public TestRun(RunDescription description) {
    this("test", description, true);
  }

  /** One plasticity step of {@code ne} excitatory and {@code nu} input units, without noise. */
  public TestRun(int ne, int nu, long seed, Map<String, Double> parameters) {
    this(
        RunDescription.builder()
            .ne(ne)
            .nu(nu)
            .seed(seed)
            .steps(1)
            .noise(false)
            .noiseSigma(0.0)
            .parameters(parameters)
            .build());
  }

  /** One plasticity step that sets no parameter, seed 1. */
  public static TestRun of(int ne, int nu) {
    return new TestRun(ne, nu, 1L, Map.of());
  }

  /** One plasticity step of {@code ne} excitatory units and one input unit, noise on. */
  public static TestRun withNoise(
      int ne, long seed, double noiseSigma, Map<String, Double> parameters) {
    return new TestRun(
        RunDescription.builder()
            .ne(ne)
            .nu(1)
            .seed(seed)
            .steps(1)
            .noiseSigma(noiseSigma)
            .parameters(parameters)
            .build());
  }

  /** The package's defaults ({@link RunDescription#defaults}) with the given parameters. */
  public static TestRun ofDefaults(long seed, long steps, Map<String, Double> parameters) {
    RunDescription d = RunDescription.defaults(seed, steps);
    return new TestRun(
        RunDescription.builder()
            .ne(d.ne())
            .nu(d.nu())
            .seed(d.seed())
            .steps(d.steps())
            .phase(d.phase())
            .frozen(d.frozen())
            .noise(d.noise())
            .noiseSigma(d.noiseSigma())
            .parameters(parameters)
            .variants(d.variants())
            .build());
  }

  /** The same run under another identifier. */
  public TestRun named(String id) {
    return new TestRun(id, description, draws);
  }

  /** The same run, for code that must draw no random number: {@link #random} then fails. */
  public TestRun drawingNothing() {
    return new TestRun(runId, description, false);
  }

  /** The stream a purpose gets, for tests that replay it. */
  public static RandomGenerator stream(long seed, String purpose) {
    return new SplittableRandom(seed * 31 + purpose.hashCode());
  }

  @Override
  public String runId() {
    return runId;
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
    if (!draws) {
      throw new UnsupportedOperationException(
          "run " + runId + " draws no random numbers, yet the stream " + purpose + " was asked");
    }
    return streams.computeIfAbsent(purpose, p -> stream(description.seed(), p));
  }
}
