package org.sorn.shell;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** The commands of {@code ./sorn}: the first argument names one, the rest are its options. */
final class CommandLine {
  private final RunCommand run;

  CommandLine(RunCommand run) {
    this.run = run;
  }

  /** Executes {@code args} and returns the exit code; never throws. */
  int execute(String[] args, PrintStream out, PrintStream err) {
    try {
      if (args == null || args.length == 0) {
        err.println("sorn: no command given; expected one of: run, help");
        return 2;
      }
      List<String> rest = Arrays.asList(args).subList(1, args.length);
      switch (args[0]) {
        case "run":
          return run.execute(rest, out, err);
        case "help":
        case "--help":
          Help.print(out);
          return 0;
        default:
          err.println("sorn: unknown command '" + args[0] + "'; expected one of: run, help");
          return 2;
      }
    } catch (Throwable e) {
      err.println("sorn: internal error: " + OneLine.describe(e));
      return 1;
    }
  }
}
