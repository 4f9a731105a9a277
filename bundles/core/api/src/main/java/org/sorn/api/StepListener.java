package org.sorn.api;

import java.io.IOException;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;
import org.sorn.api.run.RunEvent;

/**
 * Observes the steps of one run (a recorder). Called on the run's thread; a listener that is slow
 * slows the run. Listeners must not change the state.
 */
@ConsumerType
public interface StepListener {

  /**
   * After x(t+1) and y(t+1) are computed, before any plasticity: the weights are still those at
   * the start of the step (what the package's connection counts report).
   */
  default void beforePlasticity(StepView step) throws IOException {}

  /** After the step's plasticity. */
  void afterStep(StepView step) throws IOException;

  /** The run's rules changed, between two steps (a variant, a parameter, a freeze, ...). */
  default void onEvent(RunEvent event) throws IOException {}

  /**
   * A checkpoint, between two steps: flush what was written and say where the listener stands
   * (for example bytes written and steps recorded), so that a resumed run can continue from here.
   * Values must be JSON-friendly (numbers, strings, booleans, lists, maps).
   */
  default Map<String, Object> checkpoint() throws IOException {
    return Map.of();
  }

  /**
   * Before the first step of a resumed run: continue from a position that {@link #checkpoint()}
   * returned, dropping whatever was written after it.
   */
  default void restore(Map<String, Object> position) throws IOException {}

  /** The run ended (completed, stopped or failed): flush and release what was opened. */
  default void close() throws IOException {}
}
