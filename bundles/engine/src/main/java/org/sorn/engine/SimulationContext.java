package org.sorn.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.sorn.api.RunContext;
import org.sorn.api.RunDescription;

/** A run's context: its description and one random stream per purpose. */
final class SimulationContext implements RunContext {
  private final String runId;
  private final RunDescription description;
  private final Map<String, Xoshiro256StarStar> streams = new HashMap<>();

  SimulationContext(String runId, RunDescription description) {
    this.runId = runId;
    this.description = description;
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
  public synchronized RandomGenerator random(String purpose) {
    return streams.computeIfAbsent(
        purpose, p -> Xoshiro256StarStar.forPurpose(description.seed(), p));
  }
}
