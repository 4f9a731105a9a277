package org.sorn.python.bridge;

import java.nio.ByteBuffer;
import org.sorn.api.run.Simulation;
import org.sorn.python.PackageRun;

/** A package run going on a thread of its own, which the caller waits for in slices. */
public final class StartedRun implements PackageRun {
  private final PackageRuns runner;
  private final Simulation run;
  private final ExchangeLayout layout;
  private final ByteBuffer exchange;
  private final boolean stateGiven;
  private final Runs signals;

  /** {@code run} is created, not started: the watcher sees it from its first step. */
  StartedRun(
      PackageRuns runner, Simulation run, ExchangeLayout layout, ByteBuffer exchange,
      boolean stateGiven) {
    this.runner = runner;
    this.run = run;
    this.layout = layout;
    this.exchange = exchange;
    this.stateGiven = stateGiven;
    this.signals = Runs.watch(run);
  }

  @Override
  public boolean awaitEnd(long millis) {
    return signals.awaitEnd(millis);
  }

  @Override
  public long stepsDone() {
    return run.stepsDone();
  }

  @Override
  public void stop() {
    run.stop();
  }

  @Override
  public void finish() {
    runner.finish(run, layout, exchange, stateGiven);
  }

  @Override
  public void discard() {
    runner.discard(run);
  }
}
