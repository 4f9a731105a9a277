package org.sorn.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import org.sorn.api.NetworkState;
import org.sorn.api.run.RunRequest;
import org.sorn.api.run.Simulation;
import org.sorn.api.run.Workbench;

/**
 * Measures one network as a user runs it: a real run of the workbench, started, left to warm up,
 * then watched through {@link Simulation#stepsDone()} for a window of wall-clock time, stopped, and
 * weighed (heap after a full GC while its final state is still held).
 */
final class SteadyStateMeasurement {
  /** How often the waits look whether the run died. */
  private static final long POLL_MILLIS = 20;

  private final Workbench workbench;
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

  SteadyStateMeasurement(Workbench workbench) {
    this.workbench = workbench;
  }

  BenchResult measure(BenchCase network, double warmupSeconds, double windowSeconds, long seed)
      throws InterruptedException {
    long heapBefore = heapAfterGc();
    Simulation run =
        workbench.create(new RunRequest(network.description(seed), null, null, List.of()), null);
    run.start();
    try {
      await(run, warmupSeconds);
      long firstStep = run.stepsDone();
      long opened = System.nanoTime();
      await(run, windowSeconds);
      long lastStep = run.stepsDone();
      long closed = System.nanoTime();
      run.stop();
      NetworkState state = run.await();
      if (run.failure() != null) {
        throw new IllegalStateException("the run at ne=" + network.ne() + " failed: " + run.failure());
      }
      long heapUsed = heapAfterGc();
      return new BenchResult(
          network, lastStep - firstStep, (closed - opened) / 1e9, heapUsed, heapBefore,
          state.wee().stored(), state.wei().stored(), state.wie().stored());
    } finally {
      run.stop();
      run.await();
      workbench.discard(run.id()); // the next network is measured without this one in the heap
    }
  }

  /** Sleeps for {@code seconds}, giving up early with the run's reason if it ends. */
  private static void await(Simulation run, double seconds) throws InterruptedException {
    long until = System.nanoTime() + (long) (seconds * 1e9);
    for (long left = until - System.nanoTime(); left > 0; left = until - System.nanoTime()) {
      if (run.status().isFinal()) {
        throw new IllegalStateException(
            "the run at ne=" + run.description().ne() + " ended early ("
                + run.status().name().toLowerCase(java.util.Locale.ROOT)
                + (run.failure() == null ? "" : ": " + run.failure()) + ")");
      }
      Thread.sleep(Math.min(POLL_MILLIS, left / 1_000_000 + 1));
    }
  }

  private long heapAfterGc() {
    memory.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }
}
