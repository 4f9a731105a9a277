package org.sorn.experiments;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sorn.api.command.Command;
import org.sorn.api.command.OneLine;
import org.sorn.api.run.Workbench;

/**
 * {@code ./sorn experiment counting ...}: the counting-task experiment of Lazar, Pipa and Triesch
 * (2009), SORN against static and single-mechanism controls, written as results.csv, results.md
 * and scores.png (docs/experiments.md).
 */
@Component(service = Command.class)
public final class ExperimentCommand implements Command {
  /** The command's name. */
  public static final String NAME = "experiment";

  @Reference private Workbench workbench;

  /** For the unit tests, outside OSGi. */
  ExperimentCommand(Workbench workbench) {
    this.workbench = workbench;
  }

  /** For Declarative Services. */
  public ExperimentCommand() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "run an experiment: counting (SORN against static and single-mechanism networks),"
        + " avalanches (Del Papa et al. 2017), cartpole (a SORN-encoded policy-gradient agent)";
  }

  @Override
  public int run(List<String> arguments, PrintStream out, PrintStream err) {
    if (!arguments.isEmpty() && arguments.get(0).equals("avalanches")) {
      return avalanches(arguments, out, err);
    }
    if (!arguments.isEmpty() && arguments.get(0).equals("cartpole")) {
      return org.sorn.cartpole.CartPoleExperiment.run(
          arguments.subList(1, arguments.size()), workbench, out, err);
    }
    if (arguments.isEmpty() || !arguments.get(0).equals("counting")) {
      if (!arguments.isEmpty() && (arguments.get(0).equals("--help") || arguments.get(0).equals("-h"))) {
        out.println(CountingOptions.USAGE);
        return 0;
      }
      err.println(NAME + ": "
          + (arguments.isEmpty() ? "which experiment? " : "unknown experiment '" + arguments.get(0) + "'; ")
          + "known: counting, avalanches, cartpole; " + CountingOptions.USAGE);
      return 2;
    }
    CountingOptions options;
    try {
      options =
          CountingOptions.parse(arguments.subList(1, arguments.size()), Runtime.getRuntime().availableProcessors());
    } catch (IllegalArgumentException e) {
      err.println(NAME + ": " + e.getMessage());
      return 2;
    }
    String command = "./sorn " + NAME + " " + String.join(" ", arguments);
    return finish(() -> {
      new CountingExperiment(workbench, options, command).run(err);
      out.println("wrote " + options.out().resolve("results.csv") + ", results.md, scores.png");
    }, err);
  }

  /** What an experiment does once its options are read. */
  @FunctionalInterface
  private interface Body {
    void run() throws IOException, InterruptedException;
  }

  /** Runs {@code body}; whatever fails (a run, a file, a plot) is one line and exit code 1. */
  private static int finish(Body body, PrintStream err) {
    try {
      body.run();
      return 0;
    } catch (IOException e) {
      err.println(NAME + ": " + OneLine.describeWithFile(e));
      return 1;
    } catch (RuntimeException e) {
      err.println(NAME + ": " + OneLine.describe(e));
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println(NAME + ": interrupted");
      return 1;
    }
  }

  /** {@code experiment avalanches ...}: Del Papa, Priesemann and Triesch (2017). */
  private int avalanches(List<String> arguments, PrintStream out, PrintStream err) {
    List<String> args = arguments.subList(1, arguments.size());
    if (args.contains("--help") || args.contains("-h")) {
      out.println(AvalancheOptions.USAGE);
      return 0;
    }
    AvalancheOptions options;
    try {
      options = AvalancheOptions.parse(args, Runtime.getRuntime().availableProcessors());
    } catch (IllegalArgumentException e) {
      err.println(NAME + ": " + e.getMessage());
      return 2;
    }
    String command = "./sorn " + NAME + " " + String.join(" ", arguments);
    return finish(() -> {
      new AvalancheExperiment(workbench, options, command).run(err);
      out.println("wrote " + options.out().resolve("results.md")
          + ", results.csv, results.json, sizes.png, durations.png, scaling.png, connections.png");
    }, err);
  }
}
