package org.sorn.shell;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.sorn.api.command.Command;
import org.sorn.api.command.OneLine;
import org.sorn.shell.front.HttpFront;

/**
 * The commands of {@code ./sorn}: the first argument names one, the rest are its options. Besides
 * the shell's own, every {@link Command} service adds one (experiment, analyze, ...).
 */
final class CommandLine {
  static final String COMMANDS = "run, resume, export, server, attach, ctl, help";
  private final RunCommand run;
  private final ResumeCommand resume;
  private final ExportCommand export;
  private final ConsoleServer console;
  private final HttpFront web;
  private final TreeMap<String, Command> commands = new TreeMap<>();

  /**
   * @param resume the command that continues a run from its checkpoint
   * @param console the console server for {@code server}, or null when there is none
   * @param commands the command services installed now
   */
  CommandLine(
      RunCommand run, ResumeCommand resume, ConsoleServer console, List<Command> commands) {
    this(run, resume, console, null, commands);
  }

  /** As above, with the web workbench that {@code server --http} starts (null: not running). */
  CommandLine(
      RunCommand run,
      ResumeCommand resume,
      ConsoleServer console,
      HttpFront web,
      List<Command> commands) {
    this.run = run;
    this.resume = resume;
    this.export = new ExportCommand(run);
    this.console = console;
    this.web = web;
    if (commands != null) {
      commands.forEach(c -> this.commands.putIfAbsent(c.name(), c));
    }
  }

  /** The names of every command, the shell's and the services'. */
  String names() {
    return commands.isEmpty() ? COMMANDS : COMMANDS + ", " + String.join(", ", commands.keySet());
  }

  /** Executes {@code args} and returns the exit code; never throws. */
  int execute(String[] args, PrintStream out, PrintStream err) {
    try {
      if (args == null || args.length == 0) {
        err.println("sorn: no command given; expected one of: " + names());
        return 2;
      }
      List<String> rest = Arrays.asList(args).subList(1, args.length);
      switch (args[0]) {
        case "run":
          return run.execute(rest, out, err);
        case "resume":
          return resume.execute(rest, out, err);
        case "export":
          return export.execute(rest, out, err);
        case "server":
          return ServerCommand.execute(rest, console, web, out, err);
        case "attach":
        case "ctl":
          // clients of a server need no workbench: the launcher runs them itself
          err.println("sorn: " + args[0] + " is run by the launcher: ./sorn " + args[0]);
          return 2;
        case "help":
        case "--help":
          Help.print(out, commands.values());
          return 0;
        default:
          Command command = commands.get(args[0]);
          if (command != null) {
            return command.run(rest, out, err);
          }
          if (CommandProviders.known(args[0])) {
            err.println("sorn: " + CommandProviders.notInstalled(args[0]));
            return 2;
          }
          err.println("sorn: unknown command '" + args[0] + "'; expected one of: " + names());
          return 2;
      }
    } catch (Throwable e) {
      err.println("sorn: internal error: " + OneLine.describe(e));
      return 1;
    }
  }
}
