package org.sorn.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.sorn.api.InputSequence;
import org.sorn.api.NetworkState;
import org.sorn.api.NetworkUpdate;
import org.sorn.api.NoiseModel;
import org.sorn.api.PlasticityMechanism;
import org.sorn.api.RunContext;
import org.sorn.api.Slots;
import org.sorn.api.StepListener;
import org.sorn.api.run.MechanismRecord;
import org.sorn.api.run.RunDescription;
import org.sorn.api.run.RunRequest;
import org.sorn.api.run.RunStatus;
import org.sorn.api.run.Simulation;
import org.sorn.api.run.Workbench;

/**
 * The engine's service. It tracks every update, noise model and plasticity mechanism service as
 * it comes, changes and goes, and tells the runs, which apply each change at their next step
 * boundary.
 */
@Component(service = Workbench.class)
public final class SornWorkbench implements Workbench {
  /** How long the engine, when it stops, waits for its runs to stop and write their checkpoints. */
  static final Duration RUNS_STOP_WITHIN = Duration.ofSeconds(20);

  private final List<Provider> providers = new CopyOnWriteArrayList<>();
  private final List<SimulationRun> simulations = new CopyOnWriteArrayList<>();
  private final AtomicLong runCounter = new AtomicLong();
  private volatile boolean closing;

  // the OSGi log, where there is one (the workbench's log file; none outside OSGi)
  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  volatile LoggerFactory logs;

  @Reference(
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY,
      unbind = "removeMechanism",
      updated = "updateMechanism")
  void addMechanism(PlasticityMechanism mechanism, ServiceReference<?> ref) {
    arrived(mechanism, ref);
  }

  void removeMechanism(PlasticityMechanism mechanism) {
    left(mechanism);
  }

  void updateMechanism(PlasticityMechanism mechanism) {
    updated(mechanism);
  }

  @Reference(
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY,
      unbind = "removeUpdate",
      updated = "updateUpdate")
  void addUpdate(NetworkUpdate update, ServiceReference<?> ref) {
    arrived(update, ref);
  }

  void removeUpdate(NetworkUpdate update) {
    left(update);
  }

  void updateUpdate(NetworkUpdate update) {
    updated(update);
  }

  @Reference(
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY,
      unbind = "removeNoise",
      updated = "updateNoise")
  void addNoise(NoiseModel noise, ServiceReference<?> ref) {
    arrived(noise, ref);
  }

  void removeNoise(NoiseModel noise) {
    left(noise);
  }

  void updateNoise(NoiseModel noise) {
    updated(noise);
  }

  /**
   * The engine goes (its bundle stops, or this component is disabled): every run stops at its next
   * step boundary under the rules it has, writes its last checkpoint and closes its rules and
   * listeners, and this waits for their threads, at most {@link #RUNS_STOP_WITHIN}.
   */
  @Deactivate
  void deactivate() {
    stopRuns("the workbench's engine stops");
  }

  /** Stops every run for {@code reason} and waits (bounded) for their threads; once only. */
  void stopRuns(String reason) {
    synchronized (this) {
      if (closing) {
        return;
      }
      closing = true;
    }
    for (SimulationRun run : simulations) {
      run.stop(reason);
    }
    long deadline = System.nanoTime() + RUNS_STOP_WITHIN.toNanos();
    for (SimulationRun run : simulations) {
      try {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (!run.awaitEnd(left)) {
          log(run.id() + " did not stop within " + RUNS_STOP_WITHIN.toSeconds() + " s", null);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /**
   * When this bundle stops, its own providers (the package's update and noise) may leave before
   * this component: the runs stop first, under the rules they have, rather than fall back.
   */
  private void stopRunsIfEngineStops() {
    Bundle engine = FrameworkUtil.getBundle(SornWorkbench.class);
    if (engine != null && engine.getState() == Bundle.STOPPING) {
      stopRuns("the workbench's engine stops");
    }
  }

  /** Writes one line (and a stack trace) to the OSGi log, when there is one. */
  void log(String message, Throwable error) {
    log(message, error, false);
  }

  /** As {@link #log(String, Throwable)}, at debug level when {@code quiet} and no error. */
  void log(String message, Throwable error, boolean quiet) {
    LoggerFactory factory = logs;
    if (factory == null) {
      return;
    }
    try {
      Logger logger = factory.getLogger(SornWorkbench.class);
      if (error == null && quiet) {
        logger.debug("{}", message);
      } else if (error == null) {
        logger.info("{}", message);
      } else {
        logger.error("{}", message, error);
      }
    } catch (RuntimeException e) {
      // the log going away while a run ends is no reason to fail the run
    }
  }

  private void arrived(Object service, ServiceReference<?> ref) {
    Bundle b = ref.getBundle();
    Object ranking = ref.getProperty(Constants.SERVICE_RANKING);
    Provider p =
        Provider.of(
            service,
            b == null ? "unknown" : b.getSymbolicName(),
            b == null ? "unknown" : b.getVersion().toString(),
            ranking instanceof Integer r ? r : 0,
            (Long) ref.getProperty(Constants.SERVICE_ID));
    providers.add(p);
    simulations.forEach(run -> run.providerArrived(p));
  }

  private void left(Object service) {
    stopRunsIfEngineStops();
    for (Provider p : providers) {
      if (p.service() == service) {
        providers.remove(p);
        simulations.forEach(run -> run.providerLeft(p));
      }
    }
  }

  private void updated(Object service) {
    for (Provider p : providers) {
      if (p.service() == service) {
        simulations.forEach(run -> run.providerUpdated(p));
      }
    }
  }

  /**
   * A workbench outside OSGi (tests, embedding) with the engine's own update and noise; add
   * mechanisms with {@link #add}.
   */
  public static SornWorkbench standalone() {
    SornWorkbench workbench = new SornWorkbench();
    workbench.add(new SlowInhibitionUpdate());
    workbench.add(new GaussianNoiseModel());
    return workbench;
  }

  /** Adds a provider outside OSGi (tests, embedding): a mechanism, an update or a noise model. */
  public void add(Object service) {
    Provider p = Provider.of(service, "embedded", "0", 0, -providers.size() - 1);
    providers.add(p);
    simulations.forEach(run -> run.providerArrived(p));
  }

  /** Removes a provider added with {@link #add}. */
  public void remove(Object service) {
    left(service);
  }

  @Override
  public Simulation start(RunRequest request) {
    return start(request, null);
  }

  @Override
  public Simulation start(
      RunRequest request, Function<RunContext, List<StepListener>> listenerFactory) {
    Simulation run = create(request, listenerFactory);
    run.start();
    return run;
  }

  @Override
  public Simulation create(
      RunRequest request, Function<RunContext, List<StepListener>> listenerFactory) {
    return prepare(request, listenerFactory, null);
  }

  @Override
  public Simulation create(
      RunRequest request, NetworkState from, Function<RunContext, List<StepListener>> listeners) {
    if (!(from instanceof SornState state)) {
      return Workbench.super.create(request, from, listeners);
    }
    if (request.initialState() != null) {
      throw new IllegalArgumentException(
          "a run starts from its request's initial state or from a given state, not both");
    }
    RunDescription d = request.description();
    if (d != null && (state.ne() != d.ne() || state.ni() != d.ni())) {
      throw new IllegalArgumentException(
          "the state to start from has ne=" + state.ne() + ", the run ne=" + d.ne());
    }
    return prepare(request, listeners, null, state);
  }

  SimulationRun prepare(
      RunRequest request,
      Function<RunContext, List<StepListener>> listenerFactory,
      NoiseModel.Noise noiseOverride) {
    return prepare(request, listenerFactory, noiseOverride, null);
  }

  /**
   * Builds a run without starting it: validates, initialises or loads the state (a copy of {@code
   * from} when given), binds one provider per slot. {@code noiseOverride}, when not null, replaces
   * the run's noise (trace replay in tests).
   */
  private SimulationRun prepare(
      RunRequest request,
      Function<RunContext, List<StepListener>> listenerFactory,
      NoiseModel.Noise noiseOverride,
      SornState from) {
    RunValidation.check(request);
    RunDescription d = request.description();
    if (closing) {
      throw new IllegalStateException("the workbench's engine is stopping; it starts no more runs");
    }
    NetworkMemory.check(d);
    SimulationContext context = new SimulationContext("run-" + runCounter.incrementAndGet(), d);
    for (var chosen : d.variants().entrySet()) {
      if (choose(chosen.getKey(), chosen.getValue()) == null) {
        throw new IllegalArgumentException(
            "no variant '" + chosen.getValue() + "' installed for slot " + chosen.getKey()
                + "; installed: " + describeInstalled(chosen.getKey()));
      }
    }
    SornState state =
        from != null
            ? from.startingCopy(d.nu())
            : request.initialState() == null
                ? new NetworkInitializer(context.random("init")).create(d)
                : SornState.of(request.initialState(), d.nu());
    InputSequence input =
        request.input() != null ? request.input() : new UniformInput(context.random("input"));
    SimulationRun run =
        new SimulationRun(
            context, state, input, this, noiseOverride, request.listeners(), listenerFactory, null);
    simulations.add(run);
    return run;
  }

  @Override
  public Simulation resume(
      Path location,
      RunRequest request,
      Function<RunContext, List<StepListener>> listenerFactory) {
    RunDescription d = request.description();
    if (closing) {
      throw new IllegalStateException("the workbench's engine is stopping; it resumes no runs");
    }
    checkCheckpointMemory(location, d);
    Checkpoint c = Checkpoint.read(location);
    if (!c.description().equals(d)) {
      throw new IllegalArgumentException(
          "the checkpoint at " + location + " belongs to another run: it has " + c.description()
              + ", the resumed run is " + d);
    }
    if (c.step() > d.steps()) {
      throw new IllegalArgumentException(
          "the checkpoint is at step " + c.step() + ", after the run's end (" + d.steps() + ")");
    }
    if (request.input() != null && request.input().length() >= 0 && request.input().length() < d.steps()) {
      throw new IllegalArgumentException(
          "the input has " + request.input().length() + " steps, the run needs " + d.steps());
    }
    SimulationContext context = new SimulationContext("run-" + runCounter.incrementAndGet(), d);
    c.parameters().forEach(context::setParameter);
    context.restoreStreams(c.streams());
    InputSequence input =
        request.input() != null ? request.input() : new UniformInput(context.random("input"));
    SimulationRun run =
        new SimulationRun(
            context, c.state(), input, this, null, request.listeners(), listenerFactory, c);
    simulations.add(run);
    return run;
  }

  /** Refuses a checkpoint whose network, with {@code d}'s run (when not null), cannot fit. */
  private static void checkCheckpointMemory(Path location, RunDescription d) {
    Path file = Files.isDirectory(location) ? location.resolve(Checkpoint.FILE) : location;
    try {
      NetworkMemory.checkCheckpoint(Files.size(file), d);
    } catch (IOException e) {
      // a missing or unreadable file: reading it says so
    }
  }

  @Override
  public NetworkState checkpointState(Path location) {
    checkCheckpointMemory(location, null);
    return Checkpoint.read(location).state();
  }

  /** The slots present now: every slot that has a provider. */
  List<String> slots() {
    List<String> slots = new ArrayList<>();
    providers.stream()
        .sorted(Comparator.comparingInt(Provider::order))
        .forEach(p -> {
          if (!slots.contains(p.slot())) {
            slots.add(p.slot());
          }
        });
    return slots;
  }

  /**
   * The provider of {@code slot} named {@code variant}; with a null variant, the slot's default
   * variant or else the best-ranked provider. Null when there is none.
   */
  Provider choose(String slot, String variant) {
    List<Provider> candidates =
        providers.stream()
            .filter(p -> p.slot().equals(slot))
            .sorted(Comparator.comparingInt((Provider p) -> -p.ranking()).thenComparingLong(Provider::id))
            .toList();
    String wanted = variant != null ? variant : Slots.defaultVariant(slot);
    for (Provider p : candidates) {
      if (p.variant().equals(wanted)) {
        return p;
      }
    }
    return variant == null && !candidates.isEmpty() ? candidates.get(0) : null;
  }

  String describeInstalled(String slot) {
    List<String> names =
        providers.stream().filter(p -> p.slot().equals(slot)).map(Provider::variant).distinct().toList();
    return names.isEmpty() ? "none" : String.join(", ", names);
  }

  @Override
  public List<MechanismRecord> mechanisms() {
    return providers.stream()
        .sorted(Comparator.comparingInt(Provider::order).thenComparing(Provider::variant))
        .map(p -> p.record(Map.of(), 0))
        .toList();
  }

  @Override
  public List<Simulation> simulations() {
    return List.copyOf(simulations);
  }

  @Override
  public void discard(String id) {
    for (SimulationRun run : simulations) {
      if (run.id().equals(id)) {
        if (!run.status().isFinal() && run.status() != RunStatus.CREATED) {
          throw new IllegalStateException("run " + id + " is " + run.status() + "; only an ended run can be discarded");
        }
        run.abandon();
        simulations.remove(run);
      }
    }
  }

  @Override
  public Simulation simulation(String id) {
    for (SimulationRun run : simulations) {
      if (run.id().equals(id)) {
        return run;
      }
    }
    return null;
  }
}
