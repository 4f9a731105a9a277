package org.sorn.shell;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.sorn.api.command.OneLine;
import org.sorn.api.run.Simulation;
import org.sorn.api.run.Workbench;
import org.sorn.shell.BackgroundRuns.Background;
import org.sorn.shell.RunCommand.Ending;
import org.sorn.shell.front.RunEvents;

/** What the console commands share about the runs of the workbench: finding them by id. */
final class Runs {
  /** How long a command waits to see its change take effect at a step boundary. */
  static final Duration SETTLE = Duration.ofSeconds(5);

  /** How long sorn:stop waits for a stopped run's final state and run.json. */
  static final Duration FINISH = Duration.ofSeconds(30);

  /**
   * The run {@code id}.
   *
   * @throws UsageError naming the runs there are
   */
  static Simulation find(Workbench workbench, String id) {
    Simulation run = workbench.simulation(id);
    if (run == null) {
      List<String> ids = workbench.simulations().stream().map(Simulation::id).toList();
      throw new UsageError(
          "no run '" + id + "'; runs: " + (ids.isEmpty() ? "none" : String.join(", ", ids)));
    }
    return run;
  }

  /**
   * The run {@code id}, which must not have ended.
   *
   * @throws UsageError when there is no such run or it has ended
   */
  static Simulation going(Workbench workbench, String id) {
    Simulation run = find(workbench, id);
    if (run.status().isFinal()) {
      throw new UsageError(
          run.id() + " has ended (" + RunRecord.label(run.status()) + ") after " + run.stepsDone()
              + " steps");
    }
    return run;
  }

  /** The slots frozen now: those of the description, then each freeze and unfreeze in turn. */
  static Set<String> frozen(Simulation run) {
    return RunEvents.frozen(run);
  }

  /**
   * The ending of a background run, waiting for it at most {@code timeout}; null when it has not
   * ended by then.
   */
  static Ending ending(Background run, Duration timeout) {
    try {
      return run.ending().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (ExecutionException e) { // the finishing thread completes every ending normally
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Runs a console command: a mistake of the user prints one line, anything else too. */
  static void guard(Runnable command) {
    try {
      command.run();
    } catch (UsageError e) {
      System.err.println("sorn: " + e.getMessage());
    } catch (RuntimeException e) {
      System.err.println("sorn: internal error: " + OneLine.describe(e));
    }
  }

  private Runs() {}
}
