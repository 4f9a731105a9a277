package org.sorn.shell;

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
import org.sorn.shell.RunCommand.Ending;
import org.sorn.shell.RunCommand.Launched;

/**
 * The runs started with {@code sorn:start}: a thread of their own finishes each one (final state,
 * run.json) when it ends, and {@code sorn:wait} gets its ending. When the shell goes away (the
 * workbench stops), the runs still going are stopped and their records written first.
 */
@Component(service = BackgroundRuns.class)
public class BackgroundRuns {
  private static final Duration FINISH_AT_SHUTDOWN = Duration.ofSeconds(20);

  private final Map<String, Background> runs = new ConcurrentHashMap<>();

  /** A run going on in the background and the ending its finishing thread will give. */
  record Background(Launched launched, CompletableFuture<Ending> ending) {}

  /** Finishes {@code launched} with {@code command} on a thread of its own, once the run ends. */
  void finishInBackground(RunCommand command, Launched launched) {
    String id = launched.simulation().id();
    CompletableFuture<Ending> ending = new CompletableFuture<>();
    runs.put(id, new Background(launched, ending));
    Thread finisher =
        new Thread(
            () -> {
              try {
                ending.complete(command.finish(launched));
              } catch (Throwable e) { // finish reports what it can; this is what it could not
                ending.complete(
                    new Ending("internal error: " + OneLine.describe(e), true, RunStatus.FAILED));
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

  @Deactivate
  void deactivate() {
    runs.values().stream()
        .filter(b -> !b.ending().isDone())
        .forEach(b -> b.launched().simulation().stop());
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
