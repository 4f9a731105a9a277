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
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import org.sorn.api.Exporter;
import org.sorn.api.MechanismRecord;
import org.sorn.api.NetworkState;
import org.sorn.api.Recorder;
import org.sorn.api.RunEvent;
import org.sorn.api.RunRequest;
import org.sorn.api.RunStatus;
import org.sorn.api.Simulation;
import org.sorn.api.Slots;
import org.sorn.api.Workbench;

/**
 * {@code sorn run} and {@code sorn:start}: from options to results on disk, quiet but for one line
 * at the end (run) or the run's id (start). Exit codes: 0 done, 1 the run (or the workbench) failed,
 * 2 the user's input is wrong.
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

  /**
   * {@code run}: runs {@code args} to the end and returns the exit code; never throws. Only a run
   * that completed exits with 0.
   */
  int execute(List<String> args, PrintStream out, PrintStream err) {
    return guarded("run", err, () -> {
      Launched run = launch(args, out);
      if (run == null) {
        return 0;
      }
      Ending ending = finish(run);
      if (ending.failed() || ending.status() != RunStatus.COMPLETED) {
        err.println("sorn run: " + ending.line());
        return 1;
      }
      out.println(ending.line());
      return 0;
    });
  }

  /**
   * {@code start}: starts the run, hands it to {@code finisher} (which must call {@link #finish} on
   * a thread of its own) and prints the run's id; returns the exit code, never throws.
   */
  int start(List<String> args, PrintStream out, PrintStream err, Consumer<Launched> finisher) {
    return guarded("start", err, () -> {
      Launched run = launch(args, out);
      if (run != null) {
        finisher.accept(run);
        out.println(run.simulation().id());
      }
      return 0;
    });
  }

  /** Exit codes: 2 for the user's input, 1 for a failure of the workbench. */
  private static int guarded(String command, PrintStream err, IntSupplier body) {
    try {
      return body.getAsInt();
    } catch (UsageError e) {
      err.println("sorn " + command + ": " + e.getMessage());
      return 2;
    } catch (RunFailed e) {
      err.println("sorn " + command + ": " + e.getMessage());
      return 1;
    } catch (Throwable e) {
      err.println("sorn " + command + ": internal error: " + OneLine.describe(e));
      return 1;
    }
  }

  /**
   * A run started from the shell and not yet finished.
   *
   * @param args the options given, for run.json
   * @param startNanos {@link System#nanoTime()} at the start, for the speed in the summary
   */
  record Launched(
      RunPlan plan,
      List<String> args,
      Simulation simulation,
      Exporter exporter,
      Instant start,
      long startNanos) {}

  /**
   * How a run from the shell ended.
   *
   * @param line the summary, or what went wrong, in one line
   * @param failed whether the run (or writing its results) failed
   * @param status the run's status at the end
   */
  record Ending(String line, boolean failed, RunStatus status) {}

  /** Checks the options, reads the files and starts the run; null when only help was asked. */
  private Launched launch(List<String> args, PrintStream out) {
    RunOptions options = RunOptions.parse(args, knownSlots());
    if (options.help()) {
      Help.print(out);
      return null;
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
    return new Launched(plan, List.copyOf(args), run, exporter, start, t0);
  }

  /**
   * Waits for the end of the run, then writes the final state and run.json; an interrupt stops the
   * run. Never throws for what the run or its files did: the ending says it.
   */
  Ending finish(Launched launched) {
    Simulation run = launched.simulation();
    NetworkState state = await(run);
    long nanos = System.nanoTime() - launched.startNanos();
    Instant end = clock.instant();
    services.times().ended(run.id(), end);

    Path out = launched.plan().out();
    FinalState exported = FinalState.export(launched.exporter(), state, out);
    String failure = run.failure();
    if (failure == null && run.status() == RunStatus.FAILED) {
      failure = "no reason given";
    }
    RunStatus status = failure != null ? RunStatus.FAILED : run.status();
    String recordProblem = writeRecord(launched, failure, end, exported.file());
    if (failure != null) {
      return new Ending(
          String.format(
              "run %s failed after %d steps: %s; results so far are in %s",
              run.id(), run.stepsDone(), OneLine.of(failure), out),
          true,
          status);
    }
    if (exported.problem() != null || recordProblem != null) {
      return new Ending(exported.problem() != null ? exported.problem() : recordProblem, true, status);
    }
    if (status != RunStatus.COMPLETED) {
      return new Ending(
          String.format(
              "run %s %s after %d of %d steps; results so far are in %s",
              run.id(),
              RunRecord.label(status),
              run.stepsDone(),
              launched.plan().description().steps(),
              out),
          false,
          status);
    }
    return new Ending(summary(run.id(), run.stepsDone(), nanos, out), false, status);
  }

  private Simulation start(RunPlan plan) {
    List<Recorder> recorders = new ArrayList<>();
    plan.recorders().forEach(name -> recorders.add(services.recorder(name).orElseThrow()));
    RunRequest request = new RunRequest(plan.description(), plan.state(), plan.input(), List.of());
    try {
      return services.workbench().start(request, new RunListeners(recorders, plan.out()));
    } catch (IllegalArgumentException refused) {
      throw new UsageError(OneLine.describe(refused));
    }
  }

  /** Writes run.json; returns why it could not, or null. */
  private String writeRecord(Launched launched, String failure, Instant end, Path finalState) {
    Simulation run = launched.simulation();
    List<MechanismRecord> mechanisms = run.mechanisms();
    List<RunEvent> events = run.events();
    RunRecord.Outcome outcome =
        new RunRecord.Outcome(
            run.id(),
            RunRecord.label(failure != null ? RunStatus.FAILED : run.status()),
            failure,
            launched.start(),
            end,
            run.stepsDone(),
            mechanisms == null ? List.of() : mechanisms,
            events == null ? List.of() : events,
            finalState);
    Path out = launched.plan().out();
    try {
      RunRecord.write(services.version(), launched.plan(), launched.args(), outcome);
      return null;
    } catch (IOException | RuntimeException e) {
      return "cannot write " + out.resolve(RunRecord.FILE) + ": " + OneLine.describe(e);
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
    return freezableSlots(services.workbench());
  }

  /** The reference model's plasticity slots and those of the mechanisms installed now. */
  static Set<String> freezableSlots(Workbench workbench) {
    Set<String> slots = new LinkedHashSet<>(Slots.REFERENCE);
    workbench.mechanisms().stream()
        .map(MechanismRecord::slot)
        .filter(RunOptions::freezable)
        .forEach(slots::add);
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
