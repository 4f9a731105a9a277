package org.sorn.python.bridge;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import org.sorn.api.NetworkState;
import org.sorn.api.run.RunEvent;
import org.sorn.api.run.RunStatus;
import org.sorn.api.run.Simulation;
import org.sorn.api.run.Workbench;
import org.sorn.python.LiveRun;

/**
 * A run of a live session: created paused before step 0, it makes the steps asked for with {@link
 * #advance} and pauses again; everything else goes through the {@link Simulation} it wraps.
 */
public final class LiveSimulation implements LiveRun {
  private final Workbench workbench;
  private final Simulation run;
  private final Path directory;
  private final Runs signals;
  private volatile long target;
  // a pause asked for ends the wait for the steps asked for
  private volatile boolean pauseAsked;

  /** Watches {@code run} (created, not started), sets it to pause before step 0 and starts it. */
  LiveSimulation(Workbench workbench, Simulation run, Path directory) {
    this.workbench = workbench;
    this.run = run;
    this.directory = directory;
    this.signals = Runs.watch(run);
    run.pauseAt(0);
    run.start();
  }

  @Override
  public String id() {
    return run.id();
  }

  @Override
  public int ne() {
    return run.description().ne();
  }

  @Override
  public int ni() {
    return run.description().ni();
  }

  @Override
  public int nu() {
    return run.description().nu();
  }

  @Override
  public long stepsDone() {
    return run.stepsDone();
  }

  @Override
  public String status() {
    return run.status().name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String failure() {
    return run.failure();
  }

  @Override
  public void advance(long steps) {
    if (steps < 0) {
      throw new IllegalArgumentException("steps must be >= 0, got " + steps);
    }
    if (steps == 0) {
      return;
    }
    if (run.status().isFinal()) {
      throw new IllegalStateException(
          "run " + id() + " has ended (" + status() + (failure() == null ? "" : ": " + failure())
              + ")");
    }
    // paused (where asked, or by a pause): from where it stands; still going: after its target
    long done = run.stepsDone();
    long from = run.status() == RunStatus.PAUSED ? done : Math.max(target, done);
    target = from + steps;
    pauseAsked = false;
    run.pauseAt(target);
    run.resume();
  }

  @Override
  public boolean awaitPause(long millis) {
    return signals.await(
        () -> run.status().isFinal()
            || (run.status() == RunStatus.PAUSED && (pauseAsked || run.stepsDone() >= target)),
        millis);
  }

  @Override
  public void pause() {
    pauseAsked = true;
    run.pause();
  }

  @Override
  public void use(String slot, String variant) {
    run.use(slot, variant);
  }

  @Override
  public void set(String name, double value) {
    run.setParameter(name, value);
  }

  @Override
  public void freeze(String slot, boolean frozen) {
    run.freeze(slot, frozen);
  }

  @Override
  public void state(ByteBuffer state) throws InterruptedException {
    ByteBuffer out = ExchangeLayout.checkState(state, 0, DenseState.length(ne(), ni()), "state");
    NetworkState copy;
    try {
      copy = run.snapshot().get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("the state of run " + id() + " could not be copied: "
          + e.getCause().getMessage());
    }
    DenseState.write(copy, out.asDoubleBuffer(), 0);
  }

  @Override
  public String directory() {
    return directory == null ? null : directory.toString();
  }

  @Override
  public List<String> events() {
    return run.events().stream().map(RunEvent::message).toList();
  }

  @Override
  public void close() throws InterruptedException {
    run.stop();
    run.await();
    workbench.discard(run.id());
  }
}
