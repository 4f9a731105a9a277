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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
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
  private static final String RUNNING = "running";
  private static final String FAILED = "failed";
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

  /**
   * Starts the run of {@code args} and hands it to {@code finisher} (which must call {@link
   * #finish} on a thread of its own), as {@link #start} does, for a front that is not a console.
   *
   * @throws UsageError naming the option or file at fault, also for {@code --help}
   * @throws RunFailed when the workbench cannot start the run
   */
  Launched startInBackground(List<String> args, Consumer<Launched> finisher) {
    if (args.contains(RunOption.HELP.flag())) {
      throw new UsageError(
          RunOption.HELP.flag() + " only prints the options of run; no run started");
    }
    Launched run = launch(args, System.out, System.err, false);
    finisher.accept(run);
    return run;
  }

  /**
   * Exit codes: 2 for the user's input, 1 for a failure of the workbench. An internal error is
   * one line, and its stack trace too with {@link ErrorLog#debug()}.
   */
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
      ErrorLog.printIfDebug(e, err);
      return 1;
    }
  }

  /**
   * Prints how a run ended: the summary on {@code out} (unless {@code quiet}) when it completed,
   * else the reason on {@code err} (and, with {@link ErrorLog#debug()}, the stack trace of the
   * failure); returns the exit code.
   */
  static int report(String command, Ending ending, boolean quiet, PrintStream out, PrintStream err) {
    if (ending.failed() || ending.status() != RunStatus.COMPLETED) {
      err.println("sorn " + command + ": " + ending.line());
      ErrorLog.printIfDebug(ending.error(), err);
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
   * @param error what made it fail, with its stack trace, or null
   */
  record Ending(String line, boolean failed, RunStatus status, Throwable error) {
    Ending(String line, boolean failed, RunStatus status) {
      this(line, failed, status, null);
    }
  }

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
    boolean replace = RunFiles.holdsRun(plan.out());
    if (replace && !options.overwrite()) {
      throw new UsageError(
          RunOption.OUT.flag() + " " + plan.out() + " holds " + RunFiles.describe(plan.out())
              + "; give another folder, or " + RunOption.OVERWRITE.flag()
              + " to replace that run's files");
    }
    Instant start = clock.instant();
    Simulation run = create(plan);
    if (replace) {
      // only once the workbench took the run: a refused run leaves the earlier one as it was
      try {
        RunFiles.remove(plan.out());
      } catch (UsageError e) {
        services.workbench().discard(run.id());
        throw e;
      }
    }
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
    String problem =
        writeRecord(
            created, RUNNING, RUNNING, null, null, null, checkpoint(run),
            Exports.missing(plan.options().formats()));
    if (problem != null) {
      services.workbench().discard(run.id());
      throw new RunFailed(problem);
    }
    RunFiles.reserve(plan.out());
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
    return exporters(options.formats());
  }

  /** The exporters of {@code formats}, checked as {@link #exporters(RunOptions)} checks them. */
  List<Exporter> exporters(List<String> formats) {
    if (services.exporters().isEmpty()) {
      throw new RunFailed("no exporter for format '" + formats.get(0) + "' is installed");
    }
    RunOptions.checkFormats(formats, services.formatNames());
    return formats.stream().map(f -> services.exporter(f).orElseThrow()).toList();
  }

  /**
   * Waits for the end of the run, then writes the final state, the exports and run.json: first
   * the record that its steps have ended and its files are being written, then each format, then
   * the record of what really finished. An interrupt (Ctrl-C, SIGTERM) stops the run at its next
   * step boundary; its files are written all the same, whole, and the interrupt is kept for the
   * caller.
   * Never throws for what the run or its files did: the ending says it.
   */
  Ending finish(Launched launched) {
    Simulation run = launched.simulation();
    boolean interrupted = false;
    NetworkState state;
    while (true) {
      try {
        state = await(run);
        break;
      } catch (InterruptedException e) {
        interrupted = true;
        run.stop();
      }
    }
    // written on a thread of their own, which no interrupt reaches (an interrupted thread cannot
    // write through a channel): once the steps have ended, a stop waits for the files
    NetworkState ended = state;
    CompletableFuture<Ending> written = new CompletableFuture<>();
    Thread writer =
        new Thread(
            () -> {
              try {
                written.complete(writeResults(launched, ended));
              } catch (Throwable e) {
                written.completeExceptionally(e);
              }
            },
            "sorn-write-" + run.id());
    writer.start();
    try {
      while (true) {
        try {
          return written.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private Ending writeResults(Launched launched, NetworkState state) {
    Simulation run = launched.simulation();
    launched.progress().close();
    long nanos = System.nanoTime() - launched.startNanos();
    Instant end = clock.instant();
    services.times().ended(run.id(), end);

    Path out = launched.plan().out();
    // room for the records and the error log, should the disk have filled
    RunFiles.release(out);
    String failure = run.failure();
    if (failure == null && run.status() == RunStatus.FAILED) {
      failure = "no reason given";
    }
    RunStatus simulation = failure != null ? RunStatus.FAILED : run.status();
    String steps = RunRecord.label(simulation);
    String failedAt =
        "run " + run.id() + " failed after " + run.stepsDone() + " steps: " + OneLine.of(failure);
    String errorLog = ErrorLog.write(out, failedAt, run.error());
    // the steps have ended, the files are still to be written: a stop now leaves a record that
    // says so (status running, every export missing), which resume and export complete
    List<String> formats = launched.plan().options().formats();
    writeRecord(launched, RUNNING, steps, failure, errorLog, end, checkpoint(run), Exports.missing(formats));
    Exports exports =
        Exports.write(launched.exporters(), state, "the run's state could not be read", out);
    if (exports.error() != null) {
      errorLog = ErrorLog.write(out, failedAt, run.error(), exports.problem(), exports.error());
    }
    String status = failure != null || !exports.whole() ? FAILED : steps;
    String reason = failure != null ? failure : exports.problem();
    String recordProblem =
        writeRecord(launched, status, steps, reason, errorLog, end, checkpoint(run), exports);
    Throwable error = run.error() != null ? run.error() : exports.error();
    if (failure != null) {
      return new Ending(failedAt + "; results so far are in " + out, true, simulation, error);
    }
    if (exports.problem() != null || recordProblem != null) {
      String line = exports.problem() != null ? exports.problem() : recordProblem;
      if (exports.problem() != null) {
        line += "; the formats left missing (" + String.join(", ", exports.missingFormats())
            + ") can be written with: ./sorn export " + out;
      }
      return new Ending(line, true, simulation, error);
    }
    if (simulation != RunStatus.COMPLETED) {
      return new Ending(
          String.format(
              "run %s %s after %d of %d steps; results so far are in %s",
              run.id(),
              RunRecord.label(simulation),
              run.stepsDone(),
              launched.plan().description().steps(),
              out),
          false,
          simulation);
    }
    return new Ending(
        summary(run.id(), launched.firstStep(), run.stepsDone(), nanos, out), false, simulation);
  }

  /** The step of the run's last checkpoint, or null when it has none. */
  private static Long checkpoint(Simulation run) {
    long step = run.lastCheckpoint();
    return step >= 0 ? step : null;
  }

  /** Creates the run of a fresh plan, with its event log and recorders. */
  private Simulation create(RunPlan plan) {
    RunRequest request = new RunRequest(plan.description(), plan.state(), plan.input(), List.of());
    try {
      return services.workbench().create(request, listeners(plan, false));
    } catch (IllegalArgumentException refused) {
      throw new UsageError(OneLine.describe(refused));
    } catch (IllegalStateException stopping) { // the workbench's engine is going away
      throw new RunFailed(OneLine.describe(stopping));
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
      Launched launched,
      String status,
      String simulationStatus,
      String failure,
      String errorLog,
      Instant end,
      Long lastCheckpoint,
      Exports exports) {
    Simulation run = launched.simulation();
    List<MechanismRecord> mechanisms = run.mechanisms();
    List<RunEvent> events = run.events();
    RunRecord.Outcome outcome =
        new RunRecord.Outcome(
            run.id(),
            status,
            simulationStatus,
            failure,
            errorLog,
            launched.start(),
            end,
            end == null ? launched.firstStep() : run.stepsDone(),
            lastCheckpoint,
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

  /**
   * Waits for the end of the run; null when its state cannot be had (a failed run may refuse it).
   *
   * @throws InterruptedException when interrupted while it goes on
   */
  private static NetworkState await(Simulation run) throws InterruptedException {
    try {
      return run.await();
    } catch (RuntimeException e) {
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
