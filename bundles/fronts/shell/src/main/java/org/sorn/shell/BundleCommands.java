package org.sorn.shell;

import java.util.List;
import org.apache.felix.service.command.CommandSession;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.sorn.api.command.Command;
import org.sorn.api.command.OneLine;

/**
 * The Gogo commands of scope {@code sorn} that other bundles provide as {@link Command} services:
 * {@code sorn:analyze DIR} behaves as {@code ./sorn analyze DIR}, with the same arguments, output
 * and errors; {@code sorn:command NAME ...} reaches any command, also one a lab's bundle adds. The command's exit code is left in the session for the console server, since a
 * command may print progress on its error output and still succeed.
 */
@Component(
    service = BundleCommands.class,
    property = {
      "osgi.command.scope=sorn",
      "osgi.command.function=analyze",
      "osgi.command.function=plot",
      "osgi.command.function=report",
      "osgi.command.function=sweep",
      "osgi.command.function=experiment",
      "osgi.command.function=bench",
      "osgi.command.function=command"
    })
public class BundleCommands {

  // a bundle's command comes and goes with the bundle
  @Reference(
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  volatile List<Command> commands;

  /** {@code sorn:analyze DIR}: a recorded run's statistics, as {@code ./sorn analyze}. */
  public void analyze(CommandSession session, String... args) {
    dispatch(session, "analyze", args);
  }

  /** {@code sorn:plot DIR [--what ...]}: a recorded run's plots, as {@code ./sorn plot}. */
  public void plot(CommandSession session, String... args) {
    dispatch(session, "plot", args);
  }

  /** {@code sorn:report DIR}: DIR/report.html, as {@code ./sorn report}. */
  public void report(CommandSession session, String... args) {
    dispatch(session, "report", args);
  }

  /** {@code sorn:sweep FILE [options]}: a sweep, as {@code ./sorn sweep}. */
  public void sweep(CommandSession session, String... args) {
    dispatch(session, "sweep", args);
  }

  /** {@code sorn:experiment NAME [options]}: an experiment, as {@code ./sorn experiment}. */
  public void experiment(CommandSession session, String... args) {
    dispatch(session, "experiment", args);
  }

  /** {@code sorn:bench [options]}: the benchmark, as {@code ./sorn bench}. */
  public void bench(CommandSession session, String... args) {
    dispatch(session, "bench", args);
  }

  /**
   * {@code sorn:command NAME [args]}: any bundle's command by its name, a lab's own included, as
   * {@code ./sorn NAME [args]}.
   */
  public void command(CommandSession session, String name, String... args) {
    dispatch(session, name, args);
  }

  private void dispatch(CommandSession session, String name, String[] args) {
    ConsoleProtocol.exitCode(session, execute(name, List.of(args)));
  }

  /** Runs the command service {@code name}; returns its exit code, 2 when it is not installed. */
  int execute(String name, List<String> args) {
    Command command = find(name);
    if (command == null) {
      System.err.println("sorn: " + CommandProviders.notInstalled(name));
      return 2;
    }
    try {
      return command.run(args, System.out, System.err);
    } catch (RuntimeException e) {
      System.err.println("sorn: internal error: " + OneLine.describe(e));
      return 1;
    }
  }

  private Command find(String name) {
    List<Command> installed = commands;
    if (installed == null) {
      return null;
    }
    for (Command c : installed) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    return null;
  }
}
