package org.sorn.shell;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sorn.api.run.MechanismRecord;
import org.sorn.api.run.Simulation;
import org.sorn.api.run.Workbench;
import org.sorn.shell.BackgroundRuns.Background;

/**
 * The Gogo commands of scope {@code sorn} that start, list and describe runs. {@code sorn:run}
 * hands its arguments to the command line service, so that it behaves exactly as {@code ./sorn
 * run}; {@code sorn:start} takes the same options and returns at once. Errors print one line,
 * never a trace.
 */
@Component(
    service = SornCommands.class,
    property = {
      "osgi.command.scope=sorn",
      "osgi.command.function=run",
      "osgi.command.function=start",
      "osgi.command.function=status",
      "osgi.command.function=events",
      "osgi.command.function=mechanisms",
      "osgi.command.function=forget",
      "osgi.command.function=generators",
      "osgi.command.function=shutdown"
    })
public class SornCommands {

  @Reference Workbench workbench;

  @Reference RunTimes times;

  @Reference SornCli cli;

  @Reference BackgroundRuns background;

  /** Stops the whole workbench (the framework); replaced in tests. */
  Runnable stopWorkbench = () -> {};

  @Activate
  void activate(BundleContext context) {
    stopWorkbench =
        () -> {
          try {
            // the framework stops on a thread of its own, so this command still returns
            context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).stop();
          } catch (BundleException e) {
            throw new IllegalStateException("cannot stop the workbench: " + e.getMessage(), e);
          }
        };
  }

  /** {@code sorn:run [options]}: one run, as {@code ./sorn run}. */
  public void run(String... args) {
    String[] line = new String[args.length + 1];
    line[0] = "run";
    System.arraycopy(args, 0, line, 1, args.length);
    cli.executeInConsole(line);
  }

  /**
   * {@code sorn:start [options]}: starts a run in the background and prints its id; its final
   * state and run.json are written when it ends.
   */
  public void start(String... args) {
    RunCommand command = RunCommand.of(cli.services(), false);
    command.start(
        List.of(args),
        System.out,
        System.err,
        launched -> background.finishInBackground(command, launched));
  }

  /** {@code sorn:status}: every run of the workbench, oldest first. */
  public void status() {
    Runs.guard(() -> printStatus(workbench.simulations(), Instant.now()));
  }

  /** {@code sorn:status <id>}: one run in detail, with the mechanisms in force. */
  public void status(String id) {
    Runs.guard(
        () -> {
          Simulation run = Runs.find(workbench, id);
          Background b = background.get(id);
          RunReport.detail(
              run,
              times.elapsed(id, Instant.now()),
              b == null ? null : b.out().toString(),
              System.out);
        });
  }

  /** {@code sorn:events <id>}: every change of the run's rules, one per line, oldest first. */
  public void events(String id) {
    Runs.guard(() -> RunReport.events(null, Runs.find(workbench, id).events(), System.out));
  }

  /** {@code sorn:mechanisms}: the updates, noise models and mechanisms installed, in step order. */
  public void mechanisms() {
    Runs.guard(() -> printMechanisms(workbench.mechanisms()));
  }

  /**
   * {@code sorn:forget <id>}: the workbench forgets an ended run (it leaves sorn:status); its
   * files stay.
   */
  public void forget(String id) {
    Runs.guard(
        () -> {
          Simulation run = Runs.find(workbench, id);
          if (!run.status().isFinal()) {
            throw new UsageError(
                id + " goes on (" + RunRecord.label(run.status()) + "); stop it first: sorn:stop " + id);
          }
          workbench.discard(id);
          background.forget(id);
          times.forget(id);
          System.out.println(id + " forgotten; its files stay");
        });
  }

  /**
   * {@code sorn:generators}: the input generators installed, what {@code --input NAME[:KEY=VALUE]}
   * takes, with their parameters and defaults.
   */
  public void generators() {
    Runs.guard(() -> printGenerators(cli.services().generators()));
  }

  void printGenerators(InputGenerators generators) {
    if (generators.all().isEmpty()) {
      System.out.println("no input generator installed (the tasks feature provides them)");
      return;
    }
    TextTable table = new TextTable("generator", "parameters (KEY (run parameter) = default)");
    for (InputGenerators.Generator g : generators.all()) {
      Map<String, Double> defaults = GeneratedInput.defaults(g.source());
      java.util.List<String> parameters = new java.util.ArrayList<>();
      g.keys().forEach((key, parameter) -> parameters.add(
          (key.equals(parameter) ? key : key + " (" + parameter + ")")
              + (defaults.containsKey(parameter)
                  ? " = " + RunOptions.format(defaults.get(parameter)) : "")));
      table.add(g.name(), parameters.isEmpty() ? "none" : String.join(", ", parameters));
    }
    table.print(System.out);
    System.out.println("use: ./sorn run --input NAME[:KEY=VALUE,...] --steps N ...");
  }

  /** {@code sorn:shutdown}: stops the workbench; in server mode, the server ends with it. */
  public void shutdown() {
    Runs.guard(
        () -> {
          System.out.println("sorn: stopping the workbench");
          stopWorkbench.run();
        });
  }

  void printStatus(List<Simulation> runs, Instant now) {
    if (runs.isEmpty()) {
      System.out.println("no runs yet");
      return;
    }
    TextTable table = new TextTable("run", "status", "steps", "seconds", "failure");
    for (Simulation s : runs) {
      Duration elapsed = times.elapsed(s.id(), now);
      table.add(
          s.id(),
          RunRecord.label(s.status()),
          s.stepsDone() + "/" + s.description().steps(),
          elapsed == null ? "-" : String.format(Locale.ROOT, "%.2f", elapsed.toNanos() / 1e9),
          s.failure());
    }
    table.print(System.out);
  }

  void printMechanisms(List<MechanismRecord> mechanisms) {
    if (mechanisms.isEmpty()) {
      System.out.println("no mechanisms installed");
      return;
    }
    TextTable table = new TextTable("slot", "variant", "order", "bundle", "version");
    for (MechanismRecord m : mechanisms) {
      table.add(m.slot(), m.variant(), m.order(), m.bundle(), m.bundleVersion());
    }
    table.print(System.out);
  }
}
