package org.sorn.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.sorn.api.InputSequence;
import org.sorn.api.MechanismRecord;
import org.sorn.api.PlasticityMechanism;
import org.sorn.api.RunContext;
import org.sorn.api.RunDescription;
import org.sorn.api.RunRequest;
import org.sorn.api.Simulation;
import org.sorn.api.StepListener;
import org.sorn.api.Workbench;

/**
 * The engine's service. It tracks every plasticity mechanism service as it comes and goes; a run
 * takes one provider per slot when it starts and applies their rules in ascending order.
 */
@Component(service = Workbench.class)
public final class SornWorkbench implements Workbench {
  private final List<Provider> providers = new CopyOnWriteArrayList<>();
  private final List<Simulation> simulations = new CopyOnWriteArrayList<>();
  private final AtomicLong runCounter = new AtomicLong();

  /** A mechanism service with what the run record says of its origin. */
  record Provider(PlasticityMechanism mechanism, String bundle, String version, int ranking, long id) {
    MechanismRecord describe(Map<String, Object> parameters) {
      return new MechanismRecord(
          mechanism.slot(), mechanism.variant(), mechanism.order(), bundle, version, parameters, 0);
    }
  }

  @Reference(
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  void bindMechanism(PlasticityMechanism mechanism, ServiceReference<PlasticityMechanism> ref) {
    Bundle b = ref.getBundle();
    Object ranking = ref.getProperty(Constants.SERVICE_RANKING);
    providers.add(
        new Provider(
            mechanism,
            b == null ? "unknown" : b.getSymbolicName(),
            b == null ? "unknown" : b.getVersion().toString(),
            ranking instanceof Integer r ? r : 0,
            (Long) ref.getProperty(Constants.SERVICE_ID)));
  }

  void unbindMechanism(PlasticityMechanism mechanism) {
    providers.removeIf(p -> p.mechanism() == mechanism);
  }

  /** Adds a mechanism outside OSGi (tests, embedding). */
  public void addMechanism(PlasticityMechanism mechanism) {
    providers.add(new Provider(mechanism, "embedded", "0", 0, -providers.size() - 1));
  }

  @Override
  public Simulation start(RunRequest request) {
    return start(request, null);
  }

  @Override
  public Simulation start(
      RunRequest request, Function<RunContext, List<StepListener>> listenerFactory) {
    SimulationRun run = prepare(request, listenerFactory, null);
    simulations.add(run);
    Thread thread = new Thread(run, "sorn-" + run.id());
    thread.start();
    return run;
  }

  /**
   * Builds a run without starting it: validates, initialises or loads the state, binds rules.
   * {@code noiseOverride}, when not null, replaces the run's Gaussian noise (trace replay).
   */
  SimulationRun prepare(
      RunRequest request,
      Function<RunContext, List<StepListener>> listenerFactory,
      NoiseSource noiseOverride) {
    RunValidation.check(request);
    RunDescription d = request.description();
    SimulationContext context = new SimulationContext("run-" + runCounter.incrementAndGet(), d);
    SornState state =
        request.initialState() == null
            ? new NetworkInitializer(context.random("init")).create(d)
            : SornState.of(request.initialState(), d.nu());
    NoiseSource noise =
        !d.noise() ? null
            : noiseOverride != null ? noiseOverride
            : new GaussianNoise(context.random("noise"), d.noiseSigma());
    InputSequence input =
        request.input() != null ? request.input() : new UniformInput(context.random("input"));
    return new SimulationRun(
        context, state, noise, input, bindRules(context), request.listeners(), listenerFactory);
  }

  /** One provider per slot (the run's chosen variant, else the slot's own rule), in step order. */
  private List<BoundRule> bindRules(SimulationContext context) {
    Map<String, String> chosen = context.description().variants();
    List<Provider> candidates = new ArrayList<>(providers);
    candidates.sort(
        Comparator.comparingInt((Provider p) -> -p.ranking()).thenComparingLong(Provider::id));
    List<BoundRule> rules = new ArrayList<>();
    List<String> slots = new ArrayList<>();
    for (Provider p : candidates) {
      String slot = p.mechanism().slot();
      if (!slots.contains(slot)) {
        slots.add(slot);
      }
    }
    for (String slot : slots) {
      String wanted = chosen.getOrDefault(slot, slot);
      Provider pick =
          candidates.stream()
              .filter(p -> p.mechanism().slot().equals(slot))
              .filter(p -> p.mechanism().variant().equals(wanted))
              .findFirst()
              .orElse(
                  chosen.containsKey(slot)
                      ? null
                      : candidates.stream()
                          .filter(p -> p.mechanism().slot().equals(slot))
                          .findFirst()
                          .orElse(null));
      if (pick == null) {
        throw new IllegalArgumentException(
            "no variant '" + wanted + "' installed for slot " + slot);
      }
      var rule = pick.mechanism().bind(context);
      rules.add(
          new BoundRule(slot, pick.mechanism().order(), rule, pick.describe(rule.parameters())));
    }
    for (String slot : chosen.keySet()) {
      if (!slots.contains(slot)) {
        throw new IllegalArgumentException("no mechanism installed for slot " + slot);
      }
    }
    rules.sort(Comparator.comparingInt(BoundRule::order));
    return rules;
  }

  @Override
  public List<MechanismRecord> mechanisms() {
    return providers.stream()
        .sorted(Comparator.comparingInt((Provider p) -> p.mechanism().order())
            .thenComparing(p -> p.mechanism().variant()))
        .map(p -> p.describe(Map.of()))
        .toList();
  }

  @Override
  public List<Simulation> simulations() {
    return List.copyOf(simulations);
  }
}
