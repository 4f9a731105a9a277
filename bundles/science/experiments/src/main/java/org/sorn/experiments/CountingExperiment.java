package org.sorn.experiments;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.sorn.api.run.Workbench;

/**
 * Every run of a counting experiment (condition x n x seed), {@code --jobs} at a time, one line
 * on {@code progress} as each ends; then the table, its Markdown and the plot in {@code --out}.
 */
final class CountingExperiment {
  private final Workbench workbench;
  private final CountingOptions options;
  private final String command;

  CountingExperiment(Workbench workbench, CountingOptions options, String command) {
    this.workbench = workbench;
    this.options = options;
    this.command = command;
  }

  /** Runs everything and writes the results; returns them in table order. */
  List<RunResult> run(PrintStream progress) throws IOException, InterruptedException {
    Files.createDirectories(options.out());
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(options.jobs());
    AtomicInteger finished = new AtomicInteger();
    List<Future<RunResult>> pending = new ArrayList<>();
    try {
      for (Condition condition : options.conditions()) {
        for (int n : options.ns()) {
          for (long seed : options.seeds()) {
            pending.add(pool.submit(() -> {
              long t0 = System.nanoTime();
              Scores s = new CountingRun(workbench, options, condition, n, seed).call();
              RunResult r = new RunResult(condition, n, seed, s, (System.nanoTime() - t0) / 1e9);
              progress.println(progressLine(finished.incrementAndGet(), r));
              return r;
            }));
          }
        }
      }
      List<RunResult> results = new ArrayList<>();
      for (Future<RunResult> f : pending) {
        results.add(f.get());
      }
      results.sort(Comparator.comparing((RunResult r) -> r.condition().ordinal())
          .thenComparingInt(RunResult::n).thenComparingLong(RunResult::seed));
      double seconds = (System.nanoTime() - started) / 1e9;
      Results.write(options, command, results, seconds);
      return results;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw new IllegalStateException(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
    } finally {
      pool.shutdownNow();
    }
  }

  private String progressLine(int done, RunResult r) {
    Scores s = r.scores();
    return String.format(
        Locale.ROOT,
        "[%d/%d] %s n=%d seed=%d: accuracy %.3f, end %.3f, position %.3f (%.1f s)",
        done, options.runs(), r.condition().label(), r.n(), r.seed(),
        s.accuracy(), s.endAccuracy(), s.positionAccuracy(), r.seconds());
  }
}
