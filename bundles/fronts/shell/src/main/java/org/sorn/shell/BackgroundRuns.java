package org.sorn.shell;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.sorn.api.command.OneLine;
import org.sorn.api.run.RunStatus;
import org.sorn.api.run.Simulation;
import org.sorn.shell.RunCommand.Ending;
import org.sorn.shell.RunCommand.Launched;

/**
 * The runs started with {@code sorn:start}: a thread of their own finishes each one (final state,
 * run.json) when it ends and then releases it (the workbench keeps its summary, not its network),
 * and {@code sorn:wait} gets its ending. When the shell goes away (the workbench stops), the runs
 * still going are stopped and their records written first.
 */
@Component(service = BackgroundRuns.class)
public class BackgroundRuns {
  private static final Duration FINISH_AT_SHUTDOWN = Duration.ofSeconds(20);

  private final Map<String, Background> runs = new ConcurrentHashMap<>();

  /**
   * A run going on in the background and the ending its finishing thread will give.
   *
   * @param out its results folder
   */
  record Background(Simulation simulation, Path out, CompletableFuture<Ending> ending) {}

  /**
   * Finishes {@code launched} with {@code command} on a thread of its own, once the run ends, then
   * releases it: only its summary stays, so that a server does not grow with its runs.
   */
  void finishInBackground(RunCommand command, Launched launched) {
    Simulation run = launched.simulation();
    String id = run.id();
    CompletableFuture<Ending> ending = new CompletableFuture<>();
    runs.put(id, new Background(run, launched.plan().out(), ending));
    Thread finisher =
        new Thread(
            () -> {
              try {
                Ending end = command.finish(launched);
                run.release();
                ending.complete(end);
              } catch (Throwable e) { // finish reports what it can; this is what it could not
                ending.complete(
                    new Ending("internal error: " + OneLine.describe(e), true, RunStatus.FAILED, e));
              }
            },
            "sorn-finish-" + id);
    finisher.setDaemon(true);
    finisher.start();
  }

  /** The background run with this id, or null when it was not started with sorn:start. */
  Background get(String id) {
    return runs.get(id);
  }

  /** Forgets the run with this id (sorn:forget); an unknown one is ignored. */
  void forget(String id) {
    runs.remove(id);
  }

  @Deactivate
  void deactivate() {
    runs.values().stream()
        .filter(b -> !b.ending().isDone())
        .forEach(b -> b.simulation().stop());
    long deadline = System.nanoTime() + FINISH_AT_SHUTDOWN.toNanos();
    for (Background b : runs.values()) {
      try {
        b.ending().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException | TimeoutException e) {
        // a run that does not stop in time keeps only what it wrote as it went (events.jsonl)
      }
    }
  }
}
