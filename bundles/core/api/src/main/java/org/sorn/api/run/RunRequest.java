package org.sorn.api.run;

import java.util.List;
import org.sorn.api.InputSequence;
import org.sorn.api.NetworkSnapshot;
import org.sorn.api.StepListener;

/**
 * What it takes to start a run.
 *
 * @param description the run's description
 * @param initialState the state to start from, or null for a fresh network (spec section 4)
 * @param input the input sequence, or null for uniform random input in [0,1) drawn from the seed
 * @param listeners the step listeners (recorders) of this run; may be empty
 */
public record RunRequest(
    RunDescription description,
    NetworkSnapshot initialState,
    InputSequence input,
    List<StepListener> listeners) {

  public RunRequest {
    listeners = List.copyOf(listeners == null ? List.of() : listeners);
  }
}
