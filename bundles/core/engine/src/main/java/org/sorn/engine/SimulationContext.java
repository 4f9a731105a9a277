package org.sorn.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.sorn.api.RunContext;
import org.sorn.api.run.RunDescription;

/** A run's context: its description and one random stream per purpose. */
final class SimulationContext implements RunContext {
  private final String runId;
  private final RunDescription description;
  private final Map<String, Xoshiro256StarStar> streams = new HashMap<>();
  private final Map<String, Double> parameters;

  SimulationContext(String runId, RunDescription description) {
    this.runId = runId;
    this.description = description;
    this.parameters = new java.util.concurrent.ConcurrentHashMap<>(description.parameters());
  }

  /** Sets the run's value of a parameter; called by the run between two steps. */
  void setParameter(String name, double value) {
    parameters.put(name, value);
  }

  /** The run's own parameter values now: the description's, changed by the run's commands. */
  Map<String, Double> parameters() {
    return new java.util.TreeMap<>(parameters);
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
    Double v = parameters.get(name);
    return v == null ? fallback : v;
  }

  /** The state of every stream made so far, by purpose. */
  synchronized Map<String, long[]> streamStates() {
    Map<String, long[]> states = new java.util.TreeMap<>();
    streams.forEach((purpose, rng) -> states.put(purpose, rng.state()));
    return states;
  }

  /** Sets streams to saved states (each stream is made if needed, then restored in place). */
  synchronized void restoreStreams(Map<String, long[]> states) {
    states.forEach((purpose, state) -> ((Xoshiro256StarStar) random(purpose)).restore(state));
  }

  @Override
  public RandomGenerator randomFromStart(String purpose) {
    return Xoshiro256StarStar.forPurpose(description.seed(), purpose);
  }

  @Override
  public synchronized RandomGenerator random(String purpose) {
    return streams.computeIfAbsent(
        purpose, p -> Xoshiro256StarStar.forPurpose(description.seed(), p));
  }
}
