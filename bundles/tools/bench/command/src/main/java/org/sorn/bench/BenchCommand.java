package org.sorn.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sorn.api.command.Command;
import org.sorn.api.run.Workbench;

/**
 * {@code ./sorn bench ...}: steady-state steps per second and memory of real runs at several
 * network sizes, default mechanisms and noise on, printed as a table (docs/performance.md).
 */
@Component(service = Command.class)
public final class BenchCommand implements Command {
  /** The command's name. */
  public static final String NAME = "bench";

  @Reference private Workbench workbench;

  /** For the unit tests, outside OSGi. */
  BenchCommand(Workbench workbench) {
    this.workbench = workbench;
  }

  /** For Declarative Services. */
  public BenchCommand() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "measure steps/s and heap of real runs at ne = 200, 1000, 4000, 10000"
        + " (--large: also ne = 100000 with a sparse E->I matrix)";
  }

  @Override
  public int run(List<String> arguments, PrintStream out, PrintStream err) {
    if (arguments.size() == 1 && (arguments.get(0).equals("--help") || arguments.get(0).equals("-h"))) {
      out.println(BenchOptions.USAGE);
      return 0;
    }
    BenchOptions options;
    try {
      options = BenchOptions.parse(arguments);
    } catch (IllegalArgumentException e) {
      err.println(NAME + ": " + e.getMessage());
      return 2;
    }
    SteadyStateMeasurement measurement = new SteadyStateMeasurement(workbench);
    List<BenchResult> results = new ArrayList<>();
    try {
      for (BenchCase network : options.cases()) {
        BenchResult r =
            measurement.measure(network, options.warmup(), options.seconds(), options.seed());
        err.println(NAME + ": " + BenchTable.progress(r));
        results.add(r);
      }
    } catch (RuntimeException e) {
      // one line for the user, whatever failed: a run, the heap, a bad size
      err.println(NAME + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println(NAME + ": interrupted");
      return 1;
    }
    out.print(BenchTable.format(results));
    out.println(machine(options));
    return 0;
  }

  /** Where and how the numbers were taken, so that a pasted table says it. */
  private static String machine(BenchOptions options) {
    Runtime runtime = Runtime.getRuntime();
    return "seed " + options.seed() + ", warm-up " + Numbers.plain(options.warmup()) + " s, window "
        + Numbers.plain(options.seconds()) + " s per network; default mechanisms, noise on, nu = 10;"
        + " Java " + Runtime.version().feature() + ", " + runtime.availableProcessors()
        + " cores, max heap " + Numbers.mebibytes(runtime.maxMemory()) + " MiB";
  }
}
