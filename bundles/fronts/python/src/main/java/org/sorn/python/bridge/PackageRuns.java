package org.sorn.python.bridge;

import java.nio.ByteBuffer;
import java.util.List;
import org.sorn.api.NetworkSnapshot;
import org.sorn.api.StepListener;
import org.sorn.api.run.RunDescription;
import org.sorn.api.run.RunRequest;
import org.sorn.api.run.RunStatus;
import org.sorn.api.run.Simulation;
import org.sorn.api.run.Workbench;
import org.sorn.python.PackageRun;
import org.sorn.python.PackageRunner;

/** Runs of the package's runners with fixed arguments, through the Workbench service. */
public final class PackageRuns implements PackageRunner {
  private final Workbench workbench;
  private final RunDescription arguments;
  private final List<Callback> callbacks;

  /**
   * @param arguments the runs' description but their seed and steps
   * @param callbacks the callbacks to collect, in exchange order
   */
  PackageRuns(Workbench workbench, RunDescription arguments, List<Callback> callbacks) {
    this.workbench = workbench;
    this.arguments = arguments;
    this.callbacks = List.copyOf(callbacks);
  }

  @Override
  public long exchangeLength(long steps) {
    return layout(steps).length();
  }

  @Override
  public void runHere(long seed, long steps, ByteBuffer state, long stateAt, ByteBuffer exchange) {
    ExchangeLayout layout = layout(steps);
    Simulation run = workbench.create(request(seed, layout, state, stateAt, exchange), null);
    // Ctrl-C is Python's to act on; a stale interrupt left by one must not end this run's wait
    Thread.interrupted();
    try {
      run.runHere();
    } catch (InterruptedException e) {
      throw new IllegalStateException("interrupted");
    }
    finish(run, layout, exchange);
  }

  @Override
  public PackageRun start(long seed, long steps, ByteBuffer state, long stateAt, ByteBuffer exchange) {
    ExchangeLayout layout = layout(steps);
    Simulation run = workbench.create(request(seed, layout, state, stateAt, exchange), null);
    StartedRun started = new StartedRun(this, run, layout, exchange);
    run.start();
    return started;
  }

  private ExchangeLayout layout(long steps) {
    if (steps < 0) {
      throw new IllegalArgumentException("timesteps must be >= 0, got " + steps);
    }
    return new ExchangeLayout(arguments.ne(), arguments.ni(), arguments.nu(), steps, callbacks);
  }

  private RunRequest request(
      long seed, ExchangeLayout layout, ByteBuffer state, long stateAt, ByteBuffer exchange) {
    ByteBuffer x = layout.check(exchange);
    NetworkSnapshot start = null;
    if (state != null) {
      ByteBuffer s = ExchangeLayout.checkState(state, stateAt, layout.ne(), layout.ni());
      start = DenseState.read(s.asDoubleBuffer(), (int) stateAt, layout.ne(), layout.ni());
    }
    List<StepListener> listeners =
        callbacks.isEmpty() ? List.of() : List.of(new CallbackWriter(layout, x));
    return new RunRequest(
        arguments.toBuilder().seed(seed).steps(layout.steps()).build(),
        start,
        new ColumnInput(x.asDoubleBuffer(), layout.steps()),
        listeners);
  }

  /** After the run's end: its final state into the exchange buffer; the run is forgotten. */
  void finish(Simulation run, ExchangeLayout layout, ByteBuffer exchange) {
    try {
      if (run.status() != RunStatus.COMPLETED) {
        throw new IllegalStateException(
            run.status() == RunStatus.FAILED
                ? run.failure()
                : "the run " + run.status().name().toLowerCase(java.util.Locale.ROOT)
                    + " after " + run.stepsDone() + " steps");
      }
      DenseState.write(Runs.ended(run), exchange.asDoubleBuffer(), (int) layout.state());
    } finally {
      workbench.discard(run.id());
    }
  }

  void discard(Simulation run) {
    workbench.discard(run.id());
  }
}
