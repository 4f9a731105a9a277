package org.sorn.shell;

import java.io.PrintStream;
import java.util.Collection;
import java.util.List;
import org.sorn.api.command.Command;

/** The help text of the command line, built from the option table so that it cannot drift. */
final class Help {

  static void print(PrintStream out) {
    print(out, List.of());
  }

  /** The help, with the commands that the installed bundles add listed after the shell's own. */
  static void print(PrintStream out, Collection<Command> added) {
    out.println("usage: sorn [--features a,b] [--debug] <command> [options]");
    out.println();
    out.println("commands:");
    out.println("  run     simulate a SORN and write its results into a directory");
    out.println("  resume  continue a run that was killed or stopped from its last checkpoint:");
    out.println("          resume DIR [--checkpoint FILE] [--quiet]; the results equal those of the");
    out.println("          run made in one go; a run whose steps were all done gets its missing");
    out.println("          formats written");
    out.println("  export  write the missing formats of an ended run from data/ and its last");
    out.println("          checkpoint: export DIR [--format FORMATS] [--quiet]");
    out.println("  server  keep a headless workbench running; its console listens on a socket");
    out.println("          (--socket PATH, default <workbench>/run/sorn.sock or $SORN_SOCKET);");
    out.println("          --http PORT [--http-bind ADDRESS] also serves the web workbench");
    out.println("  attach  a console prompt on a running server (--socket PATH)");
    out.println("  ctl     send one console command to a running server, e.g. ctl sorn:status");
    out.println("  help    print this help");
    out.println("  (none)  the interactive Gogo console");
    if (!added.isEmpty()) {
      out.println("commands of the installed bundles:");
      added.forEach(c -> out.printf("  %-11s%s%n", c.name(), c.summary()));
    }
    out.println();
    out.println("options of run (--name value or --name=value):");
    for (RunOption o : RunOption.values()) {
      String flag = o.takesValue() ? o.flag() + " <" + o.expected() + ">" : o.flag();
      out.println("  " + flag);
      out.println("      " + o.help());
    }
    out.println();
    out.println("results: run.json (written at the start, status running, and again at the end,");
    out.println("  saying what is whole), events.jsonl, data/ (the recordings, streamed as the run");
    out.println("  goes), per --format final-state.<ext> and the recordings exported, checkpoint/");
    out.println("  (the last two checkpoints, for sorn resume), error.log when the run failed.");
    out.println("  Every file is written aside and moved into place: whole, or absent.");
    out.println("progress: a run longer than 2 s shows steps, steps/s and ETA on stderr, as a bar");
    out.println("  on a terminal, else as a line every 10 s; --quiet shows neither nor the");
    out.println("  summary line.");
    out.println("exit codes: 0 done, 1 the run failed, 2 wrong options or files.");
    out.println("--debug (before the command, or -Dsorn.debug=true in JAVA_OPTS) prints the stack");
    out.println("  trace of a failure after its one line; error.log in the run's folder keeps it.");
    out.println();
    out.println("console commands (sorn:start takes the options of run and returns at once):");
    out.println("  sorn:run, sorn:start, sorn:status [id], sorn:wait id, sorn:pause id,");
    out.println("  sorn:pauseat id step, sorn:resume id, sorn:stop id, sorn:use id slot variant,");
    out.println("  sorn:set id name value,");
    out.println("  sorn:freeze id slot, sorn:unfreeze id slot, sorn:events id, sorn:forget id,");
    out.println("  sorn:mechanisms, sorn:generators,");
    out.println("  sorn:web [--http PORT] (the web workbench's address),");
    out.println("  sorn:shutdown; and sorn:analyze, sorn:plot, sorn:report, sorn:sweep,");
    out.println("  sorn:experiment, sorn:bench, as the commands of the same name, and");
    out.println("  sorn:command NAME ... for any bundle's command (a lab's own too)");
  }

  private Help() {}
}
