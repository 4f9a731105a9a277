package org.sorn.api.command;

import java.io.PrintStream;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A top-level command of the workbench's command line ({@code ./sorn <name> ...}), published as an
 * OSGi service by any bundle: the shell dispatches to it by name, so that a bundle adds a command
 * (experiment, analyze, bench, sweep, ...) without changing the shell.
 */
@ConsumerType
public interface Command {

  /** The command's name, as typed after {@code ./sorn}. */
  String name();

  /** One line for the help listing. */
  String summary();

  /**
   * Runs the command with the arguments that follow its name and returns the exit code: 0 done, 1
   * failed, 2 wrong arguments. Errors are one line on {@code err}; no stack trace.
   */
  int run(List<String> arguments, PrintStream out, PrintStream err);
}
