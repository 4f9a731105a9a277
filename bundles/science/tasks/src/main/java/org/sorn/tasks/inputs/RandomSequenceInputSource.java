package org.sorn.tasks.inputs;

import org.osgi.service.component.annotations.Component;
import org.sorn.api.InputSequence;
import org.sorn.api.InputSource;
import org.sorn.api.InputSourceProperties;
import org.sorn.api.RunContext;
import org.sorn.tasks.RandomSequenceTask;

/**
 * {@code random-sequence}: uniformly random symbols on pools of input units; the alphabet size is
 * the run's {@code alphabet_size} (4 by default), the symbols are drawn from the run's input
 * stream.
 */
@Component(
    service = InputSource.class,
    property = {
      InputSourceProperties.PARAMETERS + "=symbols=alphabet_size",
      InputSourceProperties.PARAMETERS + "=units=units_per_symbol",
      InputSourceProperties.PARAMETERS + "=input=symbol_input"
    })
public final class RandomSequenceInputSource implements InputSource {
  /** Run parameter: the number of symbols. */
  public static final String ALPHABET_SIZE = "alphabet_size";

  @Override
  public String name() {
    return RandomSequenceTask.NAME;
  }

  @Override
  public InputSequence open(RunContext run) {
    return TaskParameters.input(
        run, new RandomSequenceTask(TaskParameters.integer(run, ALPHABET_SIZE, 4, 2)));
  }
}
