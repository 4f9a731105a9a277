package org.sorn.shell;

import java.io.PrintStream;

/** The help text of the command line, built from the option table so that it cannot drift. */
final class Help {

  static void print(PrintStream out) {
    out.println("usage: sorn <command> [options]");
    out.println();
    out.println("commands:");
    out.println("  run    simulate a SORN and write its results into a directory");
    out.println("  help   print this help");
    out.println();
    out.println("options of run (--name value or --name=value):");
    for (RunOption o : RunOption.values()) {
      String flag = o.takesValue() ? o.flag() + " <" + o.expected() + ">" : o.flag();
      out.println("  " + flag);
      out.println("      " + o.help());
    }
    out.println();
    out.println("results: final-state.json, run.json and one <Name>.json per recorded quantity.");
    out.println("exit codes: 0 done, 1 the run failed, 2 wrong options or files.");
  }

  private Help() {}
}
