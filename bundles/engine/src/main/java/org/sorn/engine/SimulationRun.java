package org.sorn.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.sorn.api.InputSequence;
import org.sorn.api.MechanismRecord;
import org.sorn.api.NetworkState;
import org.sorn.api.Phase;
import org.sorn.api.RunContext;
import org.sorn.api.RunDescription;
import org.sorn.api.RunStatus;
import org.sorn.api.Simulation;
import org.sorn.api.StepListener;
import org.sorn.api.StepView;

/**
 * One run: its state, its rules in step order, its listeners, on a thread of its own. The loop is
 * spec section 2: input, update of x and y, plasticity of the mechanisms that are in force, shift.
 */
final class SimulationRun implements Simulation, Runnable {
  private final SimulationContext context;
  private final SornState state;
  private final StepKernel kernel;
  private final InputSequence input;
  private final List<BoundRule> rules;
  private final List<StepListener> listeners;
  private final Function<RunContext, List<StepListener>> listenerFactory;
  private final CountDownLatch done = new CountDownLatch(1);
  private final double[] u;
  private final View view = new View();
  private volatile RunStatus status = RunStatus.CREATED;
  private volatile long stepsDone;
  private volatile boolean stopRequested;
  private volatile String failure;

  SimulationRun(
      SimulationContext context,
      SornState state,
      NoiseSource noise,
      InputSequence input,
      List<BoundRule> rules,
      List<StepListener> listeners,
      Function<RunContext, List<StepListener>> listenerFactory) {
    this.context = context;
    this.state = state;
    this.kernel = new StepKernel(state, noise);
    this.input = input;
    this.rules = List.copyOf(rules);
    this.listeners = new ArrayList<>(listeners);
    this.listenerFactory = listenerFactory;
    this.u = new double[state.nu()];
  }

  @Override
  public void run() {
    status = RunStatus.RUNNING;
    RunDescription d = context.description();
    try {
      if (listenerFactory != null) {
        listeners.addAll(listenerFactory.apply(context));
      }
      StepListener[] observers = listeners.toArray(new StepListener[0]);
      BoundRule[] active = activeRules(d);
      for (long t = 0; t < d.steps(); t++) {
        if (stopRequested) {
          status = RunStatus.STOPPED;
          break;
        }
        view.step = t;
        input.fill(t, u);
        kernel.update(u);
        for (StepListener l : observers) {
          l.beforePlasticity(view);
        }
        for (BoundRule r : active) {
          r.rule().apply(state);
        }
        for (StepListener l : observers) {
          l.afterStep(view);
        }
        state.advance();
        stepsDone = t + 1;
      }
      if (status == RunStatus.RUNNING) {
        status = RunStatus.COMPLETED;
      }
    } catch (Throwable e) { // a failing mechanism or recorder ends this run, not the workbench
      failure = e instanceof Error ? e.getClass().getSimpleName() + ": " + oneLine(e) : oneLine(e);
      status = RunStatus.FAILED;
    } finally {
      closeListeners();
      done.countDown();
    }
  }

  /** The rules that change the network in this run: none in training, else those not frozen. */
  private BoundRule[] activeRules(RunDescription d) {
    if (d.phase() == Phase.TRAINING) {
      return new BoundRule[0];
    }
    return rules.stream()
        .filter(r -> !d.frozen().contains(r.slot()))
        .toArray(BoundRule[]::new);
  }

  private void closeListeners() {
    for (StepListener l : listeners) {
      try {
        l.close();
      } catch (IOException | RuntimeException e) {
        if (failure == null) {
          failure = oneLine(e);
          status = RunStatus.FAILED;
        }
      }
    }
  }

  static String oneLine(Throwable e) {
    String m = e.getMessage();
    String text = m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    return text.replace('\n', ' ').replace('\r', ' ');
  }

  SornState state() {
    return state;
  }

  @Override
  public String id() {
    return context.runId();
  }

  @Override
  public RunDescription description() {
    return context.description();
  }

  @Override
  public RunContext context() {
    return context;
  }

  @Override
  public RunStatus status() {
    return status;
  }

  @Override
  public long stepsDone() {
    return stepsDone;
  }

  @Override
  public List<MechanismRecord> mechanisms() {
    return rules.stream().map(BoundRule::record).toList();
  }

  @Override
  public NetworkState await() throws InterruptedException {
    done.await();
    return state;
  }

  @Override
  public String failure() {
    return failure;
  }

  @Override
  public void stop() {
    stopRequested = true;
  }

  /** The step as listeners see it; one object reused for every step. */
  private final class View implements StepView {
    long step;

    @Override
    public long step() {
      return step;
    }

    @Override
    public NetworkState state() {
      return state;
    }

    @Override
    public double[] input() {
      return u;
    }

    @Override
    public boolean[] recurrentActivation() {
      return kernel.recurrentActivation();
    }
  }
}
