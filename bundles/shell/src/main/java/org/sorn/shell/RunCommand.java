package org.sorn.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;
import org.sorn.api.Exporter;
import org.sorn.api.MechanismRecord;
import org.sorn.api.NetworkState;
import org.sorn.api.Recorder;
import org.sorn.api.RunRequest;
import org.sorn.api.RunStatus;
import org.sorn.api.Simulation;
import org.sorn.api.Slots;

/**
 * {@code sorn run}: from options to results on disk, quiet but for one line at the end. Exit codes:
 * 0 done, 1 the run (or the workbench) failed, 2 the user's input is wrong.
 */
final class RunCommand {
  static final String FINAL_STATE = "final-state";
  private final ShellServices services;
  private final Clock clock;
  private final Path cwd;
  private final LongSupplier seeds;

  RunCommand(ShellServices services, Clock clock, Path cwd, LongSupplier seeds) {
    this.services = services;
    this.clock = clock;
    this.cwd = cwd;
    this.seeds = seeds;
  }

  /** The command as users get it: system clock, working directory, seeds from SecureRandom. */
  static RunCommand of(ShellServices services) {
    SecureRandom random = new SecureRandom();
    return new RunCommand(
        services,
        Clock.systemDefaultZone(),
        Path.of("").toAbsolutePath(),
        () -> random.nextLong() & Long.MAX_VALUE);
  }

  /** Runs {@code args} (what follows {@code run}) and returns the exit code; never throws. */
  int execute(List<String> args, PrintStream out, PrintStream err) {
    try {
      return run(args, out);
    } catch (UsageError e) {
      err.println("sorn run: " + e.getMessage());
      return 2;
    } catch (RunFailed e) {
      err.println("sorn run: " + e.getMessage());
      return 1;
    } catch (Throwable e) {
      err.println("sorn run: internal error: " + OneLine.describe(e));
      return 1;
    }
  }

  private int run(List<String> args, PrintStream out) {
    RunOptions options = RunOptions.parse(args, knownSlots());
    if (options.help()) {
      Help.print(out);
      return 0;
    }
    options.checkRecorders(services.recorderNames());
    Exporter exporter =
        services
            .exporter("json")
            .orElseThrow(() -> new RunFailed("no exporter for format 'json' is installed"));
    RunPlan plan = RunPlan.of(options, seeds, clock, cwd);
    createDirectory(plan.out(), options.out() != null);
    List<Recorder> recorders = new ArrayList<>();
    options.recorders().forEach(name -> recorders.add(services.recorder(name).orElseThrow()));

    Instant start = clock.instant();
    long t0 = System.nanoTime();
    Simulation run;
    try {
      run =
          services
              .workbench()
              .start(
                  new RunRequest(plan.description(), plan.state(), plan.input(), List.of()),
                  new RecorderListeners(recorders, plan.out()));
    } catch (IllegalArgumentException e) {
      throw new UsageError(OneLine.describe(e));
    }
    services.times().started(run.id(), start);
    NetworkState state = await(run);
    long nanos = System.nanoTime() - t0;
    Instant end = clock.instant();
    services.times().ended(run.id(), end);

    String exportProblem = null;
    Path finalState = null;
    if (state != null) {
      try {
        finalState = exporter.writeState(state, plan.out(), FINAL_STATE);
      } catch (IOException | RuntimeException e) {
        exportProblem = "cannot write the final state in " + plan.out() + ": " + OneLine.describe(e);
      }
    }
    RunStatus status = run.status();
    String failure = run.failure();
    if (failure == null && status == RunStatus.FAILED) {
      failure = "no reason given";
    }
    List<MechanismRecord> mechanisms = run.mechanisms();
    try {
      RunRecord.write(
          services.version(),
          plan,
          options.recorders(),
          args,
          new RunRecord.Outcome(
              run.id(),
              RunRecord.label(failure != null ? RunStatus.FAILED : status),
              failure,
              start,
              end,
              run.stepsDone(),
              mechanisms == null ? List.of() : mechanisms,
              finalState));
    } catch (IOException e) {
      throw new RunFailed(
          "cannot write " + plan.out().resolve(RunRecord.FILE) + ": " + OneLine.describe(e));
    }
    if (failure != null) {
      throw new RunFailed(
          "run failed after " + run.stepsDone() + " steps: " + OneLine.of(failure)
              + "; results so far are in " + plan.out());
    }
    if (status != RunStatus.COMPLETED) {
      throw new RunFailed(
          "run " + RunRecord.label(status) + " after " + run.stepsDone() + " of "
              + plan.description().steps() + " steps; results so far are in " + plan.out());
    }
    if (exportProblem != null) {
      throw new RunFailed(exportProblem);
    }
    out.println(summary(run.id(), run.stepsDone(), nanos, plan.out()));
    return 0;
  }

  /** The one line a finished run prints. */
  static String summary(String runId, long steps, long nanos, Path out) {
    double seconds = Math.max(nanos, 1) / 1e9;
    return String.format(
        Locale.ROOT,
        "run %s: %d steps in %.2f s (%d steps/s), results in %s",
        runId,
        steps,
        seconds,
        Math.round(steps / seconds),
        out);
  }

  /** Waits for the end of the run; an interrupt (Ctrl-C in the shell) stops it. */
  private static NetworkState await(Simulation run) {
    try {
      return run.await();
    } catch (InterruptedException e) {
      run.stop();
      try {
        return run.await();
      } catch (InterruptedException again) {
        return null;
      } finally {
        Thread.currentThread().interrupt();
      }
    } catch (RuntimeException e) {
      // a failed run may refuse its state; its failure() says why
      if (run.failure() == null && run.status() != RunStatus.FAILED) {
        throw e;
      }
      return null;
    }
  }

  private static void createDirectory(Path dir, boolean given) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      String what = given ? "--out " + dir + ": cannot create directory" : "cannot create " + dir;
      throw new UsageError(what + ": " + OneLine.describe(e));
    }
  }

  private Set<String> knownSlots() {
    Set<String> slots = new LinkedHashSet<>(Slots.REFERENCE);
    services.workbench().mechanisms().forEach(m -> slots.add(m.slot()));
    return slots;
  }

  /** The run, or the workbench around it, failed: exit code 1. */
  static final class RunFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RunFailed(String message) {
      super(OneLine.of(message), null, false, false);
    }
  }
}
