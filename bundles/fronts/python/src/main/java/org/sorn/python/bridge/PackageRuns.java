package org.sorn.python.bridge;

import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.util.List;
import org.sorn.api.NetworkSnapshot;
import org.sorn.api.NetworkState;
import org.sorn.api.StepListener;
import org.sorn.api.run.Phase;
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
  // what the last run made on the caller's thread ended with, where the caller holds it
  private HeldState held;

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

  /** One run at a time per runner: the state it keeps is the last run's. */
  @Override
  public synchronized void runHere(
      long seed,
      long steps,
      ByteBuffer weights,
      long weightsAt,
      ByteBuffer activity,
      long activityAt,
      ByteBuffer exchange) {
    ExchangeLayout layout = layout(steps);
    HeldState last = held;
    boolean again = weights != null && last != null
        && last.heldAt(weights, weightsAt, activity, activityAt);
    Simulation run = again
        ? workbench.create(request(seed, layout, null, 0, null, 0, exchange), last.state(), null)
        : workbench.create(
            request(seed, layout, weights, weightsAt, activity, activityAt, exchange), null);
    // Ctrl-C is Python's to act on; a stale interrupt left by one must not end this run's wait
    Thread.interrupted();
    try {
      run.runHere();
    } catch (InterruptedException e) {
      throw new IllegalStateException("interrupted");
    }
    NetworkState end = finish(run, layout, exchange, weights != null);
    long at = layout.state();
    long activityOut = at + DenseState.weightsLength(layout.ne(), layout.ni());
    held = weights != null && arguments.phase() == Phase.TRAINING
        ? HeldState.after(end, weights, weightsAt, exchange, activityOut,
            again ? last.weightValues() : null, last)
        : HeldState.after(end, exchange, at, exchange, activityOut, null, last);
  }

  @Override
  public PackageRun start(
      long seed,
      long steps,
      ByteBuffer weights,
      long weightsAt,
      ByteBuffer activity,
      long activityAt,
      ByteBuffer exchange) {
    ExchangeLayout layout = layout(steps);
    Simulation run =
        workbench.create(
            request(seed, layout, weights, weightsAt, activity, activityAt, exchange), null);
    StartedRun started = new StartedRun(this, run, layout, exchange, weights != null);
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
      long seed,
      ExchangeLayout layout,
      ByteBuffer weights,
      long weightsAt,
      ByteBuffer activity,
      long activityAt,
      ByteBuffer exchange) {
    ByteBuffer x = layout.check(exchange);
    NetworkSnapshot start = null;
    if (weights != null) {
      int ne = layout.ne();
      int ni = layout.ni();
      ByteBuffer w =
          ExchangeLayout.checkState(
              weights, weightsAt, DenseState.weightsLength(ne, ni), "weights");
      ByteBuffer a = ExchangeLayout.checkState(activity, activityAt, 2L * (ne + ni), "activity");
      start = DenseState.read(
          w.asDoubleBuffer(), (int) weightsAt, a.asDoubleBuffer(), (int) activityAt, ne, ni);
    }
    List<StepListener> listeners =
        callbacks.isEmpty() ? List.of() : List.of(new CallbackWriter(layout, x));
    return new RunRequest(
        arguments.toBuilder().seed(seed).steps(layout.steps()).build(),
        start,
        new ColumnInput(x.asDoubleBuffer(), layout.steps()),
        listeners);
  }

  /**
   * After the run's end: its final state into the exchange buffer (in the training phase only X
   * and Y of a state that was given: nothing else can have changed); the run is forgotten.
   */
  NetworkState finish(
      Simulation run, ExchangeLayout layout, ByteBuffer exchange, boolean stateGiven) {
    try {
      if (run.status() != RunStatus.COMPLETED) {
        throw new IllegalStateException(
            run.status() == RunStatus.FAILED
                ? run.failure()
                : "the run " + run.status().name().toLowerCase(java.util.Locale.ROOT)
                    + " after " + run.stepsDone() + " steps");
      }
      NetworkState end = Runs.ended(run);
      DoubleBuffer out = exchange.asDoubleBuffer();
      int at = (int) layout.state();
      if (stateGiven && arguments.phase() == Phase.TRAINING) {
        DenseState.writeActivity(end, out, at + (int) DenseState.weightsLength(end.ne(), end.ni()));
      } else {
        DenseState.write(end, out, at);
      }
      return end;
    } finally {
      workbench.discard(run.id());
    }
  }

  void discard(Simulation run) {
    workbench.discard(run.id());
  }
}
