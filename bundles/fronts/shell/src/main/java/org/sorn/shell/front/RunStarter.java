package org.sorn.shell.front;

import java.nio.file.Path;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.sorn.api.run.Simulation;

/**
 * The shell's service that starts runs as {@code sorn:start} does: the options of {@code ./sorn
 * run}, checked with the same one-line messages; the run's results folder, run.json and
 * events.jsonl written as it goes; the final state and the exports written when it ends.
 */
@ProviderType
public interface RunStarter {

  /**
   * Starts a run in the background from {@code options} (as given after {@code ./sorn run}).
   * Relative paths resolve against the workbench's working directory.
   *
   * @throws IllegalArgumentException with the command line's one-line message when an option or a
   *     file it names is wrong (the command line's exit code 2)
   * @throws IllegalStateException with one line when the workbench cannot start it (exit code 1)
   */
  Simulation start(List<String> options);

  /** The results folder of a run started with {@link #start} or {@code sorn:start}, or null. */
  Path folder(String runId);
}
