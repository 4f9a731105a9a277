package org.sorn.sweeps;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

/**
 * Runs a sweep's runs on this machine, several at a time, each through the workbench's own command
 * line ({@code sorn run ... --out runs/<i> --quiet}) in this JVM; runs already completed are skipped,
 * a failing run is reported and the others go on.
 */
final class LocalEngine {
  private final ToIntFunction<String[]> commandLine;
  private final PrintStream progress;

  LocalEngine(ToIntFunction<String[]> commandLine, PrintStream progress) {
    this.commandLine = commandLine;
    this.progress = progress;
  }

  /** Runs every run not yet completed with at most {@code jobs} at a time; returns when all ended. */
  void run(Path sweepFolder, Map<String, String> base, List<SweepRun> runs, int jobs) throws InterruptedException {
    List<SweepRun> pending = new ArrayList<>();
    for (SweepRun run : runs) {
      if (!new RunFolder(sweepFolder, run.index()).completed()) {
        pending.add(run);
      }
    }
    progress.println("sweep: " + runs.size() + " runs, " + (runs.size() - pending.size()) + " already completed, "
        + pending.size() + " to run" + (pending.isEmpty() ? "" : ", " + Math.min(jobs, pending.size()) + " at a time"));
    if (pending.isEmpty()) {
      return;
    }
    AtomicInteger finished = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(Math.min(jobs, pending.size()));
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (SweepRun run : pending) {
        futures.add(threads.submit(() -> {
          runOne(sweepFolder, base, run, finished.incrementAndGet(), pending.size());
          return null;
        }));
      }
      for (Future<?> future : futures) {
        try {
          future.get();
        } catch (ExecutionException e) {
          // runOne reports its own failures; anything else is a bug to see, not to hide
          throw new IllegalStateException(e.getCause());
        }
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private void runOne(Path sweepFolder, Map<String, String> base, SweepRun run, int started, int total)
      throws IOException {
    RunFolder folder = new RunFolder(sweepFolder, run.index());
    folder.clear();
    List<String> arguments = new ArrayList<>();
    arguments.add("run");
    arguments.addAll(run.options(base));
    arguments.addAll(List.of("--out", folder.path().toString(), "--quiet"));
    long start = System.nanoTime();
    int code;
    try {
      code = commandLine.applyAsInt(arguments.toArray(String[]::new));
    } catch (RuntimeException e) {
      // one broken run must not end the sweep
      code = 1;
    }
    folder.writeExitCode(code);
    double seconds = (System.nanoTime() - start) / 1e9;
    String failure = folder.completed() ? "" : "  " + folder.failure();
    synchronized (progress) {
      progress.println(String.format(Locale.ROOT, "run %d  %s  %.1f s%s", run.index(), folder.status(), seconds, failure));
    }
  }

  /**
   * Runs at a time that fit in the heap: an estimate per run of 32 MiB plus 64 bytes per E to E
   * weight (the matrix, its plasticity's buffers and a recorder's copy), ne from the base options.
   */
  static int memoryBound(Map<String, String> base, List<SweepRun> runs) {
    long ne = 200;
    for (SweepRun run : runs) {
      String value = run.varied().getOrDefault("ne", base.get("ne"));
      try {
        ne = Math.max(ne, value == null ? 200 : Long.parseLong(value));
      } catch (NumberFormatException e) {
        // the run itself will refuse the value; the estimate keeps the default
      }
    }
    long perRun = (32L << 20) + 64L * ne * ne;
    long free = Runtime.getRuntime().maxMemory() - (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, free / perRun));
  }
}
