package org.sorn.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.sorn.api.Hyperparameters;
import org.sorn.api.InputSequence;
import org.sorn.api.NetworkState;
import org.sorn.api.NetworkUpdate;
import org.sorn.api.NoiseModel;
import org.sorn.api.PlasticityRule;
import org.sorn.api.RunContext;
import org.sorn.api.Slots;
import org.sorn.api.StepListener;
import org.sorn.api.StepView;
import org.sorn.api.fastpath.TrackingRule;
import org.sorn.api.run.MechanismRecord;
import org.sorn.api.run.Phase;
import org.sorn.api.run.RunDescription;
import org.sorn.api.run.RunEvent;
import org.sorn.api.run.RunRules;
import org.sorn.api.run.RunStatus;
import org.sorn.api.run.Simulation;

/**
 * One run: its state, the rules in force, its listeners, on a thread of its own. The loop is spec
 * section 2: input, update of x and y, plasticity of the mechanisms in force, shift. Every change
 * of the rules (a variant, a parameter, a freeze, a provider that comes or goes) is queued and
 * applied at the next step boundary, so that no step mixes old and new rules; each is recorded as
 * a {@link RunEvent} from the first step made under it.
 */
final class SimulationRun implements Simulation, Runnable {
  private final SimulationContext context;
  // what a run holds while it goes; dropped when it ends (rules, listeners, input) or is released
  private SornState state;
  private InputSequence input;
  private final SornWorkbench registry;
  private final NoiseModel.Noise noiseOverride;
  private List<StepListener> listeners;
  private Function<RunContext, List<StepListener>> listenerFactory;
  private final CountDownLatch done = new CountDownLatch(1);
  private final double[] u;
  private final double[] noiseE;
  private final double[] noiseI;
  private final boolean[] recurrent;
  private final View view = new View();

  // the rules in force; changed on the run's thread only, at step boundaries
  private final Map<String, Binding> bindings = new LinkedHashMap<>();
  private final Map<String, String> wanted = new LinkedHashMap<>();
  private final Set<String> frozen;
  private Checkpoint resumeFrom;
  private final long firstStep;
  private long checkpointEvery;
  private java.nio.file.Path checkpointDirectory;
  private final Set<String> lostSlots = new TreeSet<>();
  private volatile boolean pausedForLoss;
  private NetworkUpdate.Rule update;
  private NoiseModel.Noise noise;
  private PlasticityRule[] plasticity = new PlasticityRule[0];
  // per rule: a plain one (outside the fast path) has every deferred entry brought up to date
  // before it and every column marked after it; a plain update has the entries brought up to date
  private boolean[] plain = new boolean[0];
  private boolean plainUpdate;
  private StepListener[] observers = new StepListener[0];
  // watchers (Simulation.watch): no part of the run; attached and detached at boundaries
  private StepListener[] watchers = new StepListener[0];

  /** Steps between two removals of pruned synapses from the sparse matrices. */
  static final long COMPACTION_INTERVAL = 1000;

  private final Queue<LongConsumer> pending = new ConcurrentLinkedQueue<>();
  // work for the run's thread between two steps that changes no rule (snapshots, watchers)
  private final Queue<Runnable> atBoundary = new ConcurrentLinkedQueue<>();
  private volatile boolean ended;
  private final List<RunEvent> events = new CopyOnWriteArrayList<>();
  private final Object lock = new Object();
  private volatile RunStatus status = RunStatus.CREATED;
  private volatile long stepsDone;
  private volatile boolean stopRequested;
  private volatile boolean userPause;
  private volatile String userPauseReason;
  private volatile long pauseAtStep = -1;
  private volatile String lossReason;
  private volatile String failure;
  private volatile Throwable error;
  private volatile String stopReason;
  private volatile long lastCheckpoint = -1;
  private boolean started;
  private Thread thread;
  // what other threads read of the rules in force: written at each rebuild, on the run's thread
  private volatile List<MechanismRecord> inForce = List.of();
  private volatile Set<String> parametersInForce = Set.of();

  /** A slot's provider as the run holds it. */
  private record Binding(Provider provider, Object rule, MechanismRecord record) {}

  SimulationRun(
      SimulationContext context,
      SornState state,
      InputSequence input,
      SornWorkbench registry,
      NoiseModel.Noise noiseOverride,
      List<StepListener> listeners,
      Function<RunContext, List<StepListener>> listenerFactory,
      Checkpoint resumeFrom) {
    this.context = context;
    this.state = state;
    this.input = input;
    this.registry = registry;
    this.noiseOverride = noiseOverride;
    this.listeners = new ArrayList<>(listeners);
    this.listenerFactory = listenerFactory;
    this.u = new double[state.nu()];
    this.noiseE = new double[state.ne()];
    this.noiseI = new double[state.ni()];
    this.recurrent = new boolean[state.ne()];
    RunDescription d = context.description();
    this.resumeFrom = resumeFrom;
    if (resumeFrom != null) {
      this.frozen = new TreeSet<>(resumeFrom.frozen());
      this.firstStep = resumeFrom.step();
      this.stepsDone = firstStep;
      this.lastCheckpoint = firstStep;
      wanted.putAll(resumeFrom.wanted());
      events.addAll(resumeFrom.events());
      for (MechanismRecord saved : resumeFrom.bindings()) {
        rebindSaved(saved);
      }
      rebuild();
      return;
    }
    this.firstStep = 0;
    this.frozen = new TreeSet<>(d.frozen());
    wanted.putAll(d.variants());
    for (String slot : registry.slots()) {
      if (slot.equals(Slots.NOISE) && (!d.noise() || noiseOverride != null)) {
        continue;
      }
      Provider p = registry.choose(slot, wanted.get(slot));
      if (p != null) {
        bind(slot, p, 0, "start", "in force from the start");
      }
    }
    if (!bindings.containsKey(Slots.UPDATE)) {
      throw new IllegalStateException("no network update installed (the engine's own is missing)");
    }
    rebuild();
  }

  @Override
  public void run() {
    // a run made on a caller's thread (runHere, no thread of its own) is a front's step per call:
    // the log keeps its start and end at debug level only (a Python loop makes thousands a second)
    boolean madeHere;
    synchronized (this) {
      madeHere = thread == null;
    }
    status = RunStatus.RUNNING;
    RunDescription d = context.description();
    try {
      if (listenerFactory != null) {
        listeners.addAll(listenerFactory.apply(context));
      }
      observers = listeners.toArray(new StepListener[0]);
      if (resumeFrom != null) {
        restoreListeners(resumeFrom.listenerPositions());
        resumeFrom = null;
      } else {
        for (RunEvent e : events) {
          publish(e);
        }
      }
      registry.log(id() + " started at step " + firstStep + " of " + d.steps(), null, madeHere);
      RunStatus ending = RunStatus.COMPLETED;
      for (long t = firstStep; t < d.steps(); t++) {
        boundary(t);
        if (stopRequested) {
          String why = stopReason == null ? "" : ": " + stopReason;
          record(new RunEvent(t, "stop", null, null, "stopped before step " + t + why));
          ending = RunStatus.STOPPED;
          break;
        }
        step(t);
        stepsDone = t + 1;
      }
      // the last step's checkpoint: what a stopped run resumes from, and the final state kept
      if (checkpointEvery > 0 && lastCheckpoint != stepsDone) {
        writeCheckpoint(stepsDone);
      }
      status = ending;
    } catch (Throwable e) { // a failing mechanism or recorder ends this run, not the workbench
      fail(e);
    } finally {
      closeRules();
      closeListeners();
      for (StepListener w : watchers) {
        closeQuietly(w);
      }
      watchers = new StepListener[0];
      ended = true; // from here on, boundary work (a snapshot of the final state) runs at once
      runBoundaryWork();
      letGo();
      registry.log(
          id() + " " + status.name().toLowerCase(Locale.ROOT) + " after " + stepsDone
              + " steps" + (failure == null ? "" : ": " + failure),
          error, madeHere && failure == null);
      done.countDown();
    }
  }

  private void fail(Throwable e) {
    if (failure == null) {
      failure = e instanceof Error ? e.getClass().getSimpleName() + ": " + oneLine(e) : oneLine(e);
      error = e;
    }
    status = RunStatus.FAILED;
  }

  /** Once the run has ended: nothing of its rules, listeners, input or queued changes is kept. */
  private void letGo() {
    bindings.clear();
    pending.clear();
    plasticity = new PlasticityRule[0];
    update = null;
    noise = null;
    observers = new StepListener[0];
    listeners = List.of();
    listenerFactory = null;
    resumeFrom = null;
    input = null;
  }

  /** One step t -> t+1 with the rules in force. */
  private void step(long t) throws IOException {
    view.step = t;
    input.fill(t, u);
    state.x().shift();
    state.y().shift();
    if (noise != null) {
      noise.sample(noiseE, noiseI);
    }
    if (plainUpdate) {
      state.bringUpToDate();
    }
    update.update(state, u, noiseE, noiseI, recurrent);
    state.x().indexAfter();
    state.y().indexAfter();
    for (StepListener l : observers) {
      l.beforePlasticity(view);
    }
    if (watchers.length > 0) {
      showWatchers(true);
    }
    for (int r = 0; r < plasticity.length; r++) {
      if (plain[r]) {
        state.bringUpToDate();
      }
      plasticity[r].apply(state);
      if (plain[r]) {
        state.markAllChanged();
      }
    }
    for (StepListener l : observers) {
      l.afterStep(view);
    }
    if (watchers.length > 0) {
      showWatchers(false);
    }
    state.advance();
  }

  /** Between step t-1 and step t: apply queued changes, checkpoint when due, wait while paused. */
  private void boundary(long t) throws IOException {
    applyPending(t);
    runBoundaryWork();
    if (t % COMPACTION_INTERVAL == 0 && t > 0) {
      // pruned synapses keep their slots until here: dropping them changes no value
      state.wee().compact();
      state.wei().compact();
    }
    if (checkpointEvery > 0 && t > firstStep && t % checkpointEvery == 0) {
      writeCheckpoint(t);
    }
    if (pauseAtStep == t) {
      pauseAtStep = -1;
      userPause = true;
      userPauseReason = "paused before step " + t + " as asked";
    }
    boolean paused = false;
    while (!stopRequested && (userPause || pausedForLoss || !bindings.containsKey(Slots.UPDATE))) {
      if (!paused) {
        paused = true;
        status = RunStatus.PAUSED;
        record(new RunEvent(t, "pause", null, null, pauseReason()));
      }
      synchronized (lock) {
        while (pending.isEmpty() && atBoundary.isEmpty() && !stopRequested) {
          try {
            lock.wait();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopRequested = true;
          }
        }
      }
      applyPending(t);
      runBoundaryWork();
    }
    if (paused && !stopRequested) {
      status = RunStatus.RUNNING;
      record(new RunEvent(t, "resume", null, null, "resumed before step " + t));
    }
  }

  private void writeCheckpoint(long t) throws IOException {
    List<Map<String, Object>> positions = new ArrayList<>();
    for (StepListener l : observers) {
      positions.add(l.checkpoint());
    }
    List<MechanismRecord> records = new ArrayList<>();
    bindings.values().forEach(b -> records.add(b.record()));
    new Checkpoint(
            context.description(), t, state, context.streamStates(), context.parameters(),
            new TreeSet<>(frozen), new LinkedHashMap<>(wanted), records, List.copyOf(events), positions)
        .write(checkpointDirectory);
    lastCheckpoint = t;
  }

  private void restoreListeners(List<Map<String, Object>> positions) throws IOException {
    if (positions.size() != observers.length) {
      throw new IllegalStateException(
          "the checkpoint holds the positions of " + positions.size()
              + " recorders, the resumed run has " + observers.length
              + ": resume with the same --record list");
    }
    for (int i = 0; i < observers.length; i++) {
      observers[i].restore(positions.get(i));
    }
  }

  /** At resume: the provider of a saved binding, bound again, with the parameters it had. */
  private void rebindSaved(MechanismRecord saved) {
    Provider p = registry.choose(saved.slot(), saved.variant());
    if (p == null) {
      throw new IllegalArgumentException(
          "the checkpoint needs variant '" + saved.variant() + "' for slot " + saved.slot()
              + ", which is not installed (installed: " + registry.describeInstalled(saved.slot()) + ")");
    }
    Object rule = p.bind(context);
    Map<String, Object> now = Provider.parametersOf(rule);
    if (!sameValues(now, saved.parameters())) {
      throw new IllegalArgumentException(
          "slot " + saved.slot() + " had parameters " + saved.parameters() + " at the checkpoint, the "
              + "installed " + saved.variant() + " gives " + now + ": restore its configuration");
    }
    bindings.put(saved.slot(), new Binding(p, rule, p.record(now, saved.fromStep())));
  }

  private static boolean sameValues(Map<String, Object> a, Map<String, Object> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    for (var e : a.entrySet()) {
      Object x = e.getValue();
      Object y = b.get(e.getKey());
      boolean same =
          x instanceof Number nx && y instanceof Number ny
              ? Double.compare(nx.doubleValue(), ny.doubleValue()) == 0
              : java.util.Objects.equals(x, y);
      if (!same) {
        return false;
      }
    }
    return true;
  }

  private void applyPending(long t) {
    LongConsumer change;
    boolean changed = false;
    while ((change = pending.poll()) != null) {
      change.accept(t);
      changed = true;
    }
    if (changed) {
      rebuild();
    }
  }

  private void bind(String slot, Provider p, long t, String kind, String message) {
    Object rule = p.bind(context);
    MechanismRecord record = p.record(Provider.parametersOf(rule), t);
    close(bindings.put(slot, new Binding(p, rule, record)));
    record(new RunEvent(t, kind, slot, record, slot + ": " + p.label() + ", " + message));
  }

  /** A rule the run no longer uses releases what it holds. */
  private void close(Binding replaced) {
    if (replaced == null || replaced.rule() == noiseOverride) {
      return;
    }
    Object rule = replaced.rule();
    if (rule instanceof PlasticityRule r) {
      r.close();
    } else if (rule instanceof NetworkUpdate.Rule r) {
      r.close();
    } else if (rule instanceof NoiseModel.Noise n) {
      n.close();
    }
  }

  /** At the end: every rule in force is closed once; the first failure fails the run. */
  private void closeRules() {
    for (Binding b : List.copyOf(bindings.values())) {
      bindings.remove(b.provider().slot());
      try {
        close(b);
      } catch (RuntimeException | LinkageError e) {
        fail(e);
      }
    }
  }

  /** Recomputes what the step loop calls from the bindings, in step order. */
  private void rebuild() {
    List<Binding> ordered = new ArrayList<>(bindings.values());
    ordered.sort(java.util.Comparator.comparingInt(b -> b.provider().order()));
    bindings.clear();
    ordered.forEach(b -> bindings.put(b.provider().slot(), b));
    Binding u = bindings.get(Slots.UPDATE);
    update = u == null ? null : (NetworkUpdate.Rule) u.rule();
    Binding n = bindings.get(Slots.NOISE);
    noise = noiseOverride != null ? noiseOverride : n == null ? null : (NoiseModel.Noise) n.rule();
    boolean plastic = context.description().phase() == Phase.PLASTICITY;
    plasticity =
        ordered.stream()
            .filter(b -> plastic && b.rule() instanceof PlasticityRule)
            .filter(b -> !frozen.contains(b.provider().slot()))
            .map(b -> (PlasticityRule) b.rule())
            .toArray(PlasticityRule[]::new);
    plainUpdate = !(update instanceof TrackingRule);
    plain = new boolean[plasticity.length];
    for (int r = 0; r < plasticity.length; r++) {
      plain[r] = !(plasticity[r] instanceof TrackingRule);
    }
    publishInForce(ordered);
  }

  /** The rules in force as other threads read them: records and the parameters they use. */
  private void publishInForce(List<Binding> ordered) {
    Set<String> names = new TreeSet<>();
    ordered.forEach(b -> names.addAll(b.record().parameters().keySet()));
    parametersInForce = names;
    inForce = ordered.stream().map(Binding::record).toList();
  }

  private void record(RunEvent e) {
    events.add(e);
    if (observers.length > 0) {
      publish(e);
    }
    for (StepListener w : watchers) {
      try {
        w.onEvent(e);
      } catch (IOException | RuntimeException ex) {
        detach(w);
      }
    }
  }

  /** Shows the step to the watchers; one that throws is detached, the run goes on. */
  private void showWatchers(boolean beforePlasticity) {
    for (StepListener w : watchers) {
      try {
        if (beforePlasticity) {
          w.beforePlasticity(view);
        } else {
          w.afterStep(view);
        }
      } catch (IOException | RuntimeException e) {
        detach(w);
      }
    }
  }

  private void detach(StepListener w) {
    List<StepListener> rest = new ArrayList<>(List.of(watchers));
    if (rest.remove(w)) {
      watchers = rest.toArray(new StepListener[0]);
      closeQuietly(w);
    }
  }

  private static void closeQuietly(StepListener w) {
    try {
      w.close();
    } catch (IOException | RuntimeException e) {
      // a watcher's failure is its own; the run does not depend on it
    }
  }

  /** Runs the boundary work queued so far: on the run's thread, or by anyone once it has ended. */
  private void runBoundaryWork() {
    Runnable work;
    while ((work = atBoundary.poll()) != null) {
      work.run();
    }
  }

  private void atNextBoundary(Runnable work) {
    atBoundary.add(work);
    if (ended) {
      runBoundaryWork();
    } else {
      synchronized (lock) {
        lock.notifyAll();
      }
    }
  }

  @Override
  public CompletableFuture<NetworkState> snapshot() {
    CompletableFuture<NetworkState> copy = new CompletableFuture<>();
    atNextBoundary(() -> {
      try {
        SornState now;
        synchronized (this) {
          now = state;
        }
        if (now == null) {
          copy.completeExceptionally(new IllegalStateException(
              "run " + id() + " was released; its network is no longer kept"));
        } else {
          copy.complete(now.copy());
        }
      } catch (RuntimeException | OutOfMemoryError e) {
        copy.completeExceptionally(e);
      }
    });
    return copy;
  }

  @Override
  public Watch watch(StepListener listener) {
    java.util.Objects.requireNonNull(listener, "listener");
    atNextBoundary(() -> {
      if (ended) {
        closeQuietly(listener);
        return;
      }
      StepListener[] more = java.util.Arrays.copyOf(watchers, watchers.length + 1);
      more[watchers.length] = listener;
      watchers = more;
    });
    return () -> atNextBoundary(() -> detach(listener));
  }

  private void publish(RunEvent e) {
    for (StepListener l : observers) {
      try {
        l.onEvent(e);
      } catch (IOException ex) {
        throw new java.io.UncheckedIOException(ex);
      }
    }
  }

  private void enqueue(LongConsumer change) {
    if (status.isFinal()) {
      return; // an ended run changes no more
    }
    pending.add(change);
    synchronized (lock) {
      lock.notifyAll();
    }
  }

  // ---- changes asked from other threads, applied at the next boundary ----

  @Override
  public void use(String slot, String variant) {
    if (registry.choose(slot, variant) == null) {
      throw new IllegalArgumentException(
          "no variant '" + variant + "' installed for slot " + slot + "; installed: "
              + registry.describeInstalled(slot));
    }
    enqueue(t -> {
      wanted.put(slot, variant);
      Provider p = registry.choose(slot, variant);
      if (p == null) {
        record(new RunEvent(t, "variant", slot, null,
            slot + ": variant " + variant + " left before step " + t + "; kept " + current(slot)));
      } else {
        bind(slot, p, t, "variant", "chosen by command");
      }
    });
  }

  @Override
  public void setParameter(String name, double value) {
    Set<String> known = knownParameters();
    if (!known.contains(name)) {
      throw new IllegalArgumentException(
          "unknown parameter '" + name + "'; known: " + String.join(", ", known));
    }
    Map<String, Double> values = valuesInForce();
    values.put(name, value);
    String refused = RunRules.refusal(name, value, context.description().ne(), RunRules.NAME);
    if (refused == null) {
      refused = RunRules.orderRefusal(values, RunRules.NAME);
    }
    if (refused != null) {
      throw new IllegalArgumentException(refused);
    }
    enqueue(t -> {
      context.setParameter(name, value);
      List<String> rebound = new ArrayList<>();
      for (Binding b : List.copyOf(bindings.values())) {
        if (Provider.parametersOf(b.rule()).containsKey(name)) {
          bind(b.provider().slot(), b.provider(), t, "parameters", name + " = " + value);
          rebound.add(b.provider().slot());
        }
      }
      if (rebound.isEmpty()) {
        record(new RunEvent(t, "parameters", null, null,
            name + " = " + value + " (no rule in force uses it)"));
      }
    });
  }

  @Override
  public void freeze(String slot, boolean freeze) {
    Set<String> slots = new LinkedHashSet<>(Slots.REFERENCE);
    registry.slots().stream().filter(RunRules::freezable).forEach(slots::add);
    String refused = RunRules.freezeRefusal(slot, slots);
    if (refused != null) {
      throw new IllegalArgumentException("slot to " + (freeze ? "freeze " : "unfreeze ") + refused);
    }
    enqueue(t -> {
      boolean changed = freeze ? frozen.add(slot) : frozen.remove(slot);
      if (changed) {
        record(new RunEvent(t, freeze ? "freeze" : "unfreeze", slot, null,
            slot + (freeze ? " frozen" : " runs again")));
      }
    });
  }

  /** A provider arrived: a run that wants this variant for its slot takes it. */
  void providerArrived(Provider p) {
    enqueue(t -> {
      String want = wanted.get(p.slot());
      Binding b = bindings.get(p.slot());
      boolean wantedHere = p.variant().equals(want);
      boolean slotEmptyAndLost = b == null && lostSlots.contains(p.slot());
      if ((wantedHere && (b == null || !b.provider().variant().equals(want)))
          || (slotEmptyAndLost && registry.choose(p.slot(), want) == p)) {
        bind(p.slot(), p, t, "provider-arrived", "installed while the run went on");
        if (lostSlots.remove(p.slot()) && lostSlots.isEmpty()) {
          pausedForLoss = false; // a pause the user asked for stays
        }
      }
    });
  }

  /** A provider left: fall back to another provider of the slot, or pause and say so. */
  void providerLeft(Provider p) {
    enqueue(t -> {
      Binding b = bindings.get(p.slot());
      if (b == null || b.provider() != p) {
        return;
      }
      close(bindings.remove(p.slot()));
      Provider fallback = registry.choose(p.slot(), null);
      if (fallback != null) {
        wanted.putIfAbsent(p.slot(), p.variant());
        bind(p.slot(), fallback, t, "provider-lost",
            p.label() + " left; fell back to " + fallback.variant());
        return;
      }
      lostSlots.add(p.slot());
      wanted.put(p.slot(), p.variant());
      record(new RunEvent(t, "provider-lost", p.slot(), null,
          p.slot() + ": " + p.label() + " left and no other provider is installed"));
      lossReason = "slot " + p.slot() + " lost its provider " + p.label() + " before step " + t
          + ": install a provider (it is taken and the run goes on), or resume to go on without "
          + p.slot();
      pausedForLoss = true;
    });
  }

  /** A provider's configuration changed: runs that use it rebind it. */
  void providerUpdated(Provider p) {
    enqueue(t -> {
      Binding b = bindings.get(p.slot());
      if (b != null && b.provider() == p) {
        bind(p.slot(), p, t, "parameters", "configuration changed");
      }
    });
  }

  private String current(String slot) {
    Binding b = bindings.get(slot);
    return b == null ? "none" : b.provider().variant();
  }

  private void closeListeners() {
    for (StepListener l : listeners) {
      try {
        l.close();
      } catch (IOException | RuntimeException e) {
        fail(e);
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

  /** The rules in force now (as of the last step boundary; safe from any thread). */
  @Override
  public List<MechanismRecord> mechanisms() {
    return inForce;
  }

  /**
   * The parameters a change may name: the reference model's and those the rules in force report
   * (a lab mechanism's own), the reference's first.
   */
  private Set<String> knownParameters() {
    Set<String> known = new LinkedHashSet<>(Hyperparameters.NAMES);
    known.add(Hyperparameters.LAMBDA_IE);
    known.addAll(parametersInForce);
    return known;
  }

  /** The values in force: those the rules report, then the run's own. */
  private Map<String, Double> valuesInForce() {
    Map<String, Double> values = new TreeMap<>();
    for (MechanismRecord m : inForce) {
      m.parameters().forEach((k, v) -> {
        if (v instanceof Number n) {
          values.put(k, n.doubleValue());
        }
      });
    }
    values.putAll(context.parameters());
    return values;
  }

  @Override
  public List<RunEvent> events() {
    return List.copyOf(events);
  }

  @Override
  public NetworkState await() throws InterruptedException {
    done.await();
    synchronized (this) {
      return state;
    }
  }

  @Override
  public String failure() {
    return failure;
  }

  @Override
  public Throwable error() {
    return error;
  }

  @Override
  public long lastCheckpoint() {
    return lastCheckpoint;
  }

  @Override
  public void release() {
    if (!status.isFinal()) {
      throw new IllegalStateException(
          "run " + id() + " is " + status.name().toLowerCase(Locale.ROOT)
              + "; only an ended run can be released");
    }
    try {
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    synchronized (this) {
      state = null;
    }
  }

  /** A run discarded before it started: the rules it bound are closed, nothing of it is kept. */
  synchronized void abandon() {
    if (!started) {
      closeRules();
      letGo();
      state = null;
    }
  }

  /**
   * Waits at most {@code millis} for the run's thread to end (at once when it never started).
   *
   * @return whether it has ended
   */
  boolean awaitEnd(long millis) throws InterruptedException {
    Thread t;
    boolean began;
    synchronized (this) {
      t = thread;
      began = started;
    }
    if (t != null) {
      t.join(Math.max(1, millis));
      return !t.isAlive();
    }
    // never started, or made on a caller's thread (runHere), which is not ours to join
    return !began || done.await(Math.max(1, millis), java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void checkpointEvery(long steps, java.nio.file.Path directory) {
    if (started) {
      throw new IllegalStateException("set checkpoints before the run starts");
    }
    if (steps <= 0) {
      throw new IllegalArgumentException("checkpoint interval must be a positive number of steps, got " + steps);
    }
    this.checkpointEvery = steps;
    this.checkpointDirectory = directory;
  }

  @Override
  public void start() {
    Thread t = new Thread(this, "sorn-" + id());
    claimStart(t);
    t.start();
  }

  @Override
  public void runHere() {
    claimStart(null);
    run();
  }

  /** {@code own}: the run's own thread, which {@link #awaitEnd} joins; null for {@link #runHere}. */
  private synchronized void claimStart(Thread own) {
    if (started) {
      throw new IllegalStateException("run " + id() + " was started already");
    }
    started = true;
    thread = own;
  }

  @Override
  public void stop() {
    stopRequested = true;
    synchronized (lock) {
      lock.notifyAll();
    }
  }

  /** Stops at the next step boundary, saying why in the stop event. */
  void stop(String reason) {
    stopReason = reason;
    stop();
  }

  /** Queued with the other changes, so that a resume asked before it is applied before it. */
  @Override
  public void pause() {
    enqueue(t -> {
      userPauseReason = "paused by command";
      userPause = true;
    });
  }

  @Override
  public void pauseAt(long step) {
    pauseAtStep = step;
  }

  /** Resuming is queued with the other changes, so that it applies after those asked before it. */
  @Override
  public void resume() {
    enqueue(t -> {
      userPause = false;
      lostSlots.clear();
      pausedForLoss = false;
    });
  }

  @Override
  public String pauseReason() {
    if (status != RunStatus.PAUSED) {
      return null;
    }
    if (pausedForLoss) {
      return lossReason;
    }
    if (userPause) {
      return userPauseReason;
    }
    return "no network update is installed: install one, then resume";
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
      return recurrent;
    }
  }
}
