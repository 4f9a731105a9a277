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

    Instant start = clock.instant();
    long t0 = System.nanoTime();
    Simulation run = start(plan);
    services.times().started(run.id(), start);
    NetworkState state = await(run);
    long nanos = System.nanoTime() - t0;
    Instant end = clock.instant();
    services.times().ended(run.id(), end);

    FinalState exported = FinalState.export(exporter, state, plan.out());
    String failure = run.failure();
    if (failure == null && run.status() == RunStatus.FAILED) {
      failure = "no reason given";
    }
    writeRecord(plan, args, run, failure, start, end, exported.file());
    if (failure != null) {
      throw new RunFailed(
          String.format(
              "run failed after %d steps: %s; results so far are in %s",
              run.stepsDone(), OneLine.of(failure), plan.out()));
    }
    if (run.status() != RunStatus.COMPLETED) {
      throw new RunFailed(
          String.format(
              "run %s after %d of %d steps; results so far are in %s",
              RunRecord.label(run.status()),
              run.stepsDone(),
              plan.description().steps(),
              plan.out()));
    }
    if (exported.problem() != null) {
      throw new RunFailed(exported.problem());
    }
    out.println(summary(run.id(), run.stepsDone(), nanos, plan.out()));
    return 0;
  }

  private Simulation start(RunPlan plan) {
    List<Recorder> recorders = new ArrayList<>();
    plan.recorders().forEach(name -> recorders.add(services.recorder(name).orElseThrow()));
    RunRequest request = new RunRequest(plan.description(), plan.state(), plan.input(), List.of());
    try {
      return services.workbench().start(request, new RecorderListeners(recorders, plan.out()));
    } catch (IllegalArgumentException refused) {
      throw new UsageError(OneLine.describe(refused));
    }
  }

  private void writeRecord(
      RunPlan plan,
      List<String> args,
      Simulation run,
      String failure,
      Instant start,
      Instant end,
      Path finalState) {
    List<MechanismRecord> mechanisms = run.mechanisms();
    RunRecord.Outcome outcome =
        new RunRecord.Outcome(
            run.id(),
            RunRecord.label(failure != null ? RunStatus.FAILED : run.status()),
            failure,
            start,
            end,
            run.stepsDone(),
            mechanisms == null ? List.of() : mechanisms,
            finalState);
    try {
      RunRecord.write(services.version(), plan, args, outcome);
    } catch (IOException e) {
      throw new RunFailed(
          "cannot write " + plan.out().resolve(RunRecord.FILE) + ": " + OneLine.describe(e));
    }
  }

  /**
   * The final state's file, or why it could not be written: reported only after run.json, so that a
   * failed export still leaves the record of the run.
   */
  private record FinalState(Path file, String problem) {

    static FinalState export(Exporter exporter, NetworkState state, Path dir) {
      if (state == null) {
        return new FinalState(null, null);
      }
      try {
        return new FinalState(exporter.writeState(state, dir, FINAL_STATE), null);
      } catch (IOException | RuntimeException e) {
        return new FinalState(
            null, "cannot write the final state in " + dir + ": " + OneLine.describe(e));
      }
    }
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
