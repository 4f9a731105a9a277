package org.sorn.python.bridge;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.sorn.api.NetworkState;
import org.sorn.api.StepListener;
import org.sorn.api.StepView;
import org.sorn.api.run.RunEvent;
import org.sorn.api.run.Simulation;

/**
 * Waiting for a run from Python's thread: a watcher of the run ({@link Simulation#watch}) wakes the
 * waiting caller when the run pauses or ends. Ctrl-C reaches Java as an interrupt of the caller's
 * thread, and Python raises KeyboardInterrupt itself once the call returns: a wait gives up at once
 * on an interrupt (clearing it), so that the caller gets control back and decides.
 */
final class Runs implements StepListener {
  private final Object lock = new Object();
  private boolean ended;

  private Runs() {}

  /** Watches {@code run} from its next step boundary (at once when it has not started). */
  static Runs watch(Simulation run) {
    Runs signals = new Runs();
    run.watch(signals);
    return signals;
  }

  @Override
  public void afterStep(StepView step) {}

  @Override
  public void onEvent(RunEvent event) {
    if ("pause".equals(event.kind())) {
      synchronized (lock) {
        lock.notifyAll();
      }
    }
  }

  @Override
  public void close() {
    synchronized (lock) {
      ended = true;
      lock.notifyAll();
    }
  }

  /** True once the run has ended; false when {@code millis} passed or on an interrupt. */
  boolean awaitEnd(long millis) {
    return await(() -> ended, millis);
  }

  /**
   * True once {@code done} holds, checked when the run pauses or ends; false when {@code millis}
   * passed or on an interrupt.
   */
  boolean await(BooleanSupplier done, long millis) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    synchronized (lock) {
      while (!done.getAsBoolean()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(lock, left);
        } catch (InterruptedException e) {
          return false;
        }
      }
      return true;
    }
  }

  /** The state of a run that has ended (an interrupt meanwhile is left to Python). */
  static NetworkState ended(Simulation run) {
    while (true) {
      try {
        return run.await();
      } catch (InterruptedException e) {
        // the run has ended, so the wait is short; Python acts on the Ctrl-C when this returns
      }
    }
  }
}
