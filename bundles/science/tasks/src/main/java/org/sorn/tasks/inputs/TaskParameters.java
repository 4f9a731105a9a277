package org.sorn.tasks.inputs;

import org.sorn.api.RunContext;
import org.sorn.inputs.SymbolInput;
import org.sorn.inputs.SymbolPools;
import org.sorn.tasks.Task;
import org.sorn.tasks.TaskSequence;

/** What the task input sources share: integer parameters and the mapping onto input pools. */
final class TaskParameters {
  /** The run's input stream, as every input source uses. */
  static final String INPUT = "input";

  private TaskParameters() {}

  /**
   * @throws IllegalArgumentException naming the parameter when it is not an integer >= min
   */
  static int integer(RunContext run, String name, int fallback, int min) {
    double v = run.parameter(name, fallback);
    if (v != Math.rint(v) || v < min || v > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(name + " must be an integer >= " + min + ", got " + v);
    }
    return (int) v;
  }

  /** The task's words from the run's input stream, each symbol on its pool; no end. */
  static SymbolInput input(RunContext run, Task task) {
    SymbolPools pools = SymbolPools.of(run, task.alphabet().size());
    TaskSequence sequence = new TaskSequence(task, run.random(INPUT));
    return new SymbolInput(sequence::symbol, pools, -1);
  }
}
