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
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import org.sorn.api.Exporter;
import org.sorn.api.NetworkState;
import org.sorn.api.Recorder;
import org.sorn.api.RunContext;
import org.sorn.api.StepListener;
import org.sorn.api.Slots;
import org.sorn.api.command.OneLine;
import org.sorn.api.run.MechanismRecord;
import org.sorn.api.run.RunEvent;
import org.sorn.api.run.RunRequest;
import org.sorn.api.run.RunStatus;
import org.sorn.api.run.Simulation;
import org.sorn.api.run.Workbench;

/**
 * {@code sorn run} and {@code sorn:start}: from options to results on disk. {@code run} shows the
 * progress of a long run on standard error and one line at the end; {@code start} prints the run's
 * id. Exit codes: 0 done, 1 the run (or the workbench) failed, 2 the user's input is wrong.
 */
final class RunCommand {
  private final ShellServices services;
  private final Clock clock;
  private final Path cwd;
  private final LongSupplier seeds;
  private final boolean progress;

  /** A command that shows no progress (the console's {@code sorn:run}, tests). */
  RunCommand(ShellServices services, Clock clock, Path cwd, LongSupplier seeds) {
    this(services, clock, cwd, seeds, false);
  }

  /**
   * @param progress whether {@code run} shows the progress of long runs (unless {@code --quiet})
   */
  RunCommand(
      ShellServices services, Clock clock, Path cwd, LongSupplier seeds, boolean progress) {
    this.services = services;
    this.clock = clock;
    this.cwd = cwd;
    this.seeds = seeds;
    this.progress = progress;
  }

  /**
   * The command as users get it: system clock, working directory, seeds from SecureRandom.
   *
   * @param progress whether long runs show their progress: on the command line, not in the console
   */
  static RunCommand of(ShellServices services, boolean progress) {
    SecureRandom random = new SecureRandom();
    return new RunCommand(
        services,
        Clock.systemDefaultZone(),
        Path.of("").toAbsolutePath(),
        () -> random.nextLong() & Long.MAX_VALUE,
        progress);
  }

  ShellServices services() {
    return services;
  }

  /** Whether long runs show their progress on standard error (unless --quiet). */
  boolean showsProgress() {
    return progress;
  }

  Clock clock() {
    return clock;
  }

  Path cwd() {
    return cwd;
  }

  /**
   * {@code run}: runs {@code args} to the end and returns the exit code; never throws. Only a run
   * that completed exits with 0.
   */
  int execute(List<String> args, PrintStream out, PrintStream err) {
    return guarded("run", err, () -> {
      Launched run = launch(args, out, err, progress);
      if (run == null) {
        return 0;
      }
      return report("run", finishAndForget(run), run.plan().options().quiet(), out, err);
    });
  }

  /**
   * {@link #finish}, then the workbench forgets the run: its results are in its folder, and a
   * server or a sweep making many runs must not hold every one of them.
   */
  Ending finishAndForget(Launched launched) {
    Ending ending = finish(launched);
    services.workbench().discard(launched.simulation().id());
    return ending;
  }

  /**
   * {@code start}: starts the run, hands it to {@code finisher} (which must call {@link #finish} on
   * a thread of its own) and prints the run's id; returns the exit code, never throws.
   */
  int start(List<String> args, PrintStream out, PrintStream err, Consumer<Launched> finisher) {
    return guarded("start", err, () -> {
      Launched run = launch(args, out, err, false);
      if (run != null) {
        finisher.accept(run);
        out.println(run.simulation().id());
      }
      return 0;
    });
  }

  /** Exit codes: 2 for the user's input, 1 for a failure of the workbench. */
  static int guarded(String command, PrintStream err, IntSupplier body) {
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
   * Prints how a run ended: the summary on {@code out} (unless {@code quiet}) when it completed,
   * else the reason on {@code err}; returns the exit code.
   */
  static int report(String command, Ending ending, boolean quiet, PrintStream out, PrintStream err) {
    if (ending.failed() || ending.status() != RunStatus.COMPLETED) {
      err.println("sorn " + command + ": " + ending.line());
      return 1;
    }
    if (!quiet) {
      out.println(ending.line());
    }
    return 0;
  }

  /**
   * A run started from the shell and not yet finished.
   *
   * @param args the options given to {@code run}, for run.json
   * @param resumeArguments the options {@code sorn resume} runs again, for run.json
   * @param exporters one per format asked for, in order
   * @param start when the run began (before any resume)
   * @param startNanos {@link System#nanoTime()} when this process started it, for the speed
   * @param firstStep the step this process started from: 0, or the checkpoint's after a resume
   * @param resumedAt when it was resumed, or null
   * @param progress what shows the run's progress; closed once the run ends
   */
  record Launched(
      RunPlan plan,
      List<String> args,
      List<String> resumeArguments,
      Simulation simulation,
      List<Exporter> exporters,
      Instant start,
      long startNanos,
      long firstStep,
      Instant resumedAt,
      Progress progress) {}

  /**
   * How a run from the shell ended.
   *
   * @param line the summary, or what went wrong, in one line
   * @param failed whether the run (or writing its results) failed
   * @param status the run's status at the end
   */
  record Ending(String line, boolean failed, RunStatus status) {}

  /** Checks the options, reads the files and starts the run; null when only help was asked. */
  private Launched launch(List<String> args, PrintStream out, PrintStream err, boolean watch) {
    RunOptions options = RunOptions.parse(args, knownSlots());
    if (options.help()) {
      Help.print(out);
      return null;
    }
    options.checkRecorders(services.recorderNames());
    List<Exporter> exporters = exporters(options);
    RunPlan plan = RunPlan.of(options, services.generators(), seeds, clock, cwd);
    createDirectory(plan.out(), options.out() != null);
    plan.clearCheckpoint();
    Instant start = clock.instant();
    Simulation run = create(plan);
    return begin(
        plan,
        List.copyOf(args),
        ResumeArguments.of(args, plan),
        run,
        exporters,
        start,
        null,
        watch ? err : null);
  }

  /**
   * Starts a created (or resumed) run: sets its checkpoints, writes run.json with status running,
   * starts it and its progress.
   *
   * @param resumedAt when it was resumed, or null for a fresh run
   * @param progressTo where its progress shows, or null for nowhere
   * @throws RunFailed when run.json cannot be written (the run does not start then)
   */
  Launched begin(
      RunPlan plan,
      List<String> args,
      List<String> resumeArguments,
      Simulation run,
      List<Exporter> exporters,
      Instant start,
      Instant resumedAt,
      PrintStream progressTo) {
    long firstStep = run.stepsDone();
    if (plan.options().checkpointEvery() > 0) {
      run.checkpointEvery(plan.options().checkpointEvery(), plan.checkpointDirectory());
    }
    Launched created =
        new Launched(
            plan, args, resumeArguments, run, exporters, start, 0, firstStep, resumedAt,
            Progress.NONE);
    String problem = writeRecord(created, RunStatus.RUNNING, null, null, Exports.NONE);
    if (problem != null) {
      run.stop();
      throw new RunFailed(problem);
    }
    long t0 = System.nanoTime();
    run.start();
    services.times().started(run.id(), start);
    Progress shown =
        progressTo == null || plan.options().quiet()
            ? Progress.NONE
            : Progress.watch(run, firstStep, progressTo);
    return new Launched(
        plan, args, resumeArguments, run, exporters, start, t0, firstStep, resumedAt, shown);
  }

  /**
   * The exporters of the formats asked for.
   *
   * @throws UsageError for a format no installed exporter writes
   * @throws RunFailed when no exporter is installed at all
   */
  List<Exporter> exporters(RunOptions options) {
    if (services.exporters().isEmpty()) {
      throw new RunFailed(
          "no exporter for format '" + options.formats().get(0) + "' is installed");
    }
    options.checkFormats(services.formatNames());
    return options.formats().stream().map(f -> services.exporter(f).orElseThrow()).toList();
  }

  /**
   * Waits for the end of the run, then writes the final state, the exports and run.json; an
   * interrupt stops the run. Never throws for what the run or its files did: the ending says it.
   */
  Ending finish(Launched launched) {
    Simulation run = launched.simulation();
    NetworkState state = await(run);
    launched.progress().close();
    long nanos = System.nanoTime() - launched.startNanos();
    Instant end = clock.instant();
    services.times().ended(run.id(), end);

    Path out = launched.plan().out();
    String failure = run.failure();
    if (failure == null && run.status() == RunStatus.FAILED) {
      failure = "no reason given";
    }
    RunStatus status = failure != null ? RunStatus.FAILED : run.status();
    // the final record first, so that exporters that copy it (HDF5 attributes) see the outcome
    writeRecord(launched, status, failure, end, Exports.NONE);
    Exports exports = Exports.write(launched.exporters(), state, out);
    String recordProblem = writeRecord(launched, status, failure, end, exports);
    if (failure != null) {
      return new Ending(
          String.format(
              "run %s failed after %d steps: %s; results so far are in %s",
              run.id(), run.stepsDone(), OneLine.of(failure), out),
          true,
          status);
    }
    if (exports.problem() != null || recordProblem != null) {
      return new Ending(exports.problem() != null ? exports.problem() : recordProblem, true, status);
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
    return new Ending(
        summary(run.id(), launched.firstStep(), run.stepsDone(), nanos, out), false, status);
  }

  /** Creates the run of a fresh plan, with its event log and recorders. */
  private Simulation create(RunPlan plan) {
    RunRequest request = new RunRequest(plan.description(), plan.state(), plan.input(), List.of());
    try {
      return services.workbench().create(request, listeners(plan, false));
    } catch (IllegalArgumentException refused) {
      throw new UsageError(OneLine.describe(refused));
    }
  }

  /**
   * The event log and the recorders of {@code plan}, in the order of --record; a generated input
   * is bound to the run's context first.
   */
  Function<RunContext, List<StepListener>> listeners(RunPlan plan, boolean resumed) {
    List<Recorder> recorders = new ArrayList<>();
    plan.recorders().forEach(name -> recorders.add(services.recorder(name).orElseThrow()));
    RunListeners listeners = new RunListeners(recorders, plan.out(), resumed);
    return plan.input() instanceof GeneratedInput generated ? generated.openingWith(listeners)
        : listeners;
  }

  /** Writes run.json; returns why it could not, or null. */
  private String writeRecord(
      Launched launched, RunStatus status, String failure, Instant end, Exports exports) {
    Simulation run = launched.simulation();
    List<MechanismRecord> mechanisms = run.mechanisms();
    List<RunEvent> events = run.events();
    RunRecord.Outcome outcome =
        new RunRecord.Outcome(
            run.id(),
            RunRecord.label(status),
            failure,
            launched.start(),
            end,
            end == null ? launched.firstStep() : run.stepsDone(),
            mechanisms == null ? List.of() : mechanisms,
            events == null ? List.of() : events,
            launched.resumedAt() == null ? null : launched.firstStep(),
            launched.resumedAt(),
            exports);
    Path out = launched.plan().out();
    try {
      RunRecord.write(
          services.version(), launched.plan(), launched.args(), launched.resumeArguments(), outcome);
      return null;
    } catch (IOException | RuntimeException e) {
      return "cannot write " + out.resolve(RunRecord.FILE) + ": " + OneLine.describe(e);
    }
  }

  /**
   * The one line a finished run prints; the speed counts the steps this process made.
   *
   * @param firstStep the step the run started from in this process (after a resume), else 0
   */
  static String summary(String runId, long firstStep, long steps, long nanos, Path out) {
    double seconds = Math.max(nanos, 1) / 1e9;
    long made = steps - firstStep;
    if (firstStep > 0) {
      return String.format(
          Locale.ROOT,
          "run %s: resumed at step %d, %d steps in %.2f s (%d steps/s), results in %s",
          runId,
          firstStep,
          steps,
          seconds,
          Math.round(made / seconds),
          out);
    }
    return String.format(
        Locale.ROOT,
        "run %s: %d steps in %.2f s (%d steps/s), results in %s",
        runId,
        steps,
        seconds,
        Math.round(made / seconds),
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

  static void createDirectory(Path dir, boolean given) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      String what = given ? "--out " + dir + ": cannot create directory" : "cannot create " + dir;
      throw new UsageError(what + ": " + OneLine.describe(e));
    }
  }

  Set<String> knownSlots() {
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
