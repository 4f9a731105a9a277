package org.sorn.tasks.inputs;

import org.osgi.service.component.annotations.Component;
import org.sorn.api.InputSequence;
import org.sorn.api.InputSource;
import org.sorn.api.InputSourceProperties;
import org.sorn.api.RunContext;
import org.sorn.tasks.CountingTask;

/**
 * {@code counting}: the counting task's symbols on pools of input units; n is the run's {@code
 * counting_n} (4 by default), the pools are those of org.sorn.inputs.SymbolPools (nu must be at least 6 N_U),
 * the words are drawn from the run's input stream.
 */
@Component(
    service = InputSource.class,
    property = {
      InputSourceProperties.PARAMETERS + "=n=counting_n",
      InputSourceProperties.PARAMETERS + "=units=units_per_symbol",
      InputSourceProperties.PARAMETERS + "=input=symbol_input"
    })
public final class CountingInputSource implements InputSource {
  /** Run parameter: the counting task's n. */
  public static final String N = "counting_n";

  @Override
  public String name() {
    return CountingTask.NAME;
  }

  @Override
  public InputSequence open(RunContext run) {
    CountingTask task = new CountingTask(TaskParameters.integer(run, N, 4, 1));
    return TaskParameters.input(run, task);
  }
}
