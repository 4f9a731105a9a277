package org.sorn.experiments;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.sorn.api.InputSequence;
import org.sorn.api.NetworkSnapshot;
import org.sorn.api.NetworkState;
import org.sorn.api.run.RunDescription;
import org.sorn.api.run.RunRequest;
import org.sorn.api.run.Simulation;
import org.sorn.api.run.Workbench;
import org.sorn.inputs.SymbolInput;
import org.sorn.inputs.SymbolPools;
import org.sorn.statistics.Avalanches;
import org.sorn.tasks.RandomSequenceTask;
import org.sorn.tasks.TaskSequence;

/**
 * One network of the avalanche experiment, from its seed: the transient with plasticity from a
 * fresh network, then each condition from where the transient left it, each measured over the
 * same number of steps; the input's onset from where the plastic condition left it. Every phase
 * draws its noise from a seed of its own, derived from the network's.
 */
final class AvalancheNetwork {
  /** The steps after the input's onset whose avalanches are its onset (their Fig. 6: 20). */
  static final int ONSET_STEPS = 20;
  /** The steps an onset trial runs, so that avalanches begun in the onset can end. */
  static final int ONSET_TRIAL = 10 * ONSET_STEPS;

  private final Workbench workbench;
  private final AvalancheOptions options;
  private final DelPapaModel model;
  private final long seed;
  private final PrintStream progress;

  AvalancheNetwork(Workbench workbench, AvalancheOptions options, long seed, PrintStream progress) {
    this.workbench = workbench;
    this.options = options;
    this.model = new DelPapaModel(options.ne(), options.noiseVariance());
    this.seed = seed;
    this.progress = progress;
  }

  /**
   * The avalanches of one measurement.
   *
   * @param threshold theta, half the mean activity of the plastic phase (or of the condition's
   *     own when it has no plastic phase before it)
   * @param steps the steps measured
   * @param meanActivity the mean of a(t) over them
   */
  record Measured(long[] sizes, long[] durations, int threshold, long steps,
      double meanActivity) {}

  /**
   * What one network gave.
   *
   * @param groups by group name: plastic, frozen, static, onset, readaptation
   * @param connections the fraction of EE connections every {@link #connectionEvery} steps of
   *     the transient
   */
  record Result(long seed, Map<String, Measured> groups, double[] connections,
      long connectionEvery) {}

  Result run() throws InterruptedException {
    Map<String, Measured> groups = new LinkedHashMap<>();
    Set<AvalancheCondition> c = options.conditions();
    long every = Math.max(1, options.transient_() / 200);
    double[] fraction = new double[0];
    NetworkSnapshot settled = null;
    if (c.contains(AvalancheCondition.PLASTIC) || c.contains(AvalancheCondition.FROZEN)) {
      ActivityTrace transientTrace = new ActivityTrace(Math.max(1, options.transient_()), every);
      settled = options.transient_() == 0 ? null
          : NetworkSnapshot.of(run("transient", model.run(phaseSeed(0), options.transient_(), Set.of()),
              null, silence(), transientTrace));
      double possible = (double) options.ne() * (options.ne() - 1);
      fraction = Arrays.stream(transientTrace.connections()).mapToDouble(n -> n / possible)
          .toArray();
    }
    NetworkSnapshot afterPlastic = null;
    int theta = -1;
    if (c.contains(AvalancheCondition.PLASTIC)) {
      ActivityTrace trace = new ActivityTrace(options.measured(), 0);
      afterPlastic = NetworkSnapshot.of(run("plastic",
          model.run(phaseSeed(1), options.measured(), Set.of()), settled, silence(), trace));
      Measured m = measure(trace.active(), -1);
      theta = m.threshold();
      groups.put("plastic", m);
    }
    if (c.contains(AvalancheCondition.FROZEN)) {
      ActivityTrace trace = new ActivityTrace(options.measured(), 0);
      run("frozen", model.run(phaseSeed(2), options.measured(), DelPapaModel.frozenPlasticity()),
          settled, silence(), trace);
      groups.put("frozen", measure(trace.active(), -1));
    }
    if (c.contains(AvalancheCondition.STATIC)) {
      ActivityTrace trace = new ActivityTrace(options.measured(), 0);
      run("static", model.run(phaseSeed(3), options.measured(), DelPapaModel.noPlasticity()),
          null, silence(), trace);
      groups.put("static", measure(trace.active(), -1));
    }
    if (c.contains(AvalancheCondition.INPUT)) {
      groups.put("onset", onset(afterPlastic, theta));
      ActivityTrace trace = new ActivityTrace(options.measured(), 0);
      run("readaptation", model.run(phaseSeed(5), options.measured(), Set.of()), afterPlastic,
          input(phaseSeed(5)), trace);
      int[] after = Arrays.copyOfRange(trace.active(), ONSET_STEPS, trace.active().length);
      groups.put("readaptation", measure(after, theta));
    }
    return new Result(seed, groups, fraction, every);
  }

  /**
   * The avalanches that begin in the first {@link #ONSET_STEPS} steps after the input comes on,
   * over {@code onsetTrials} trials from the same network (each its own noise and symbols), at the
   * plastic phase's threshold.
   */
  private Measured onset(NetworkSnapshot start, int theta) throws InterruptedException {
    long[] sizes = new long[0];
    long[] durations = new long[0];
    double sum = 0;
    for (int trial = 0; trial < options.onsetTrials(); trial++) {
      long trialSeed = phaseSeed(100 + trial);
      ActivityTrace trace = new ActivityTrace(ONSET_TRIAL, 0);
      run(null, model.run(trialSeed, ONSET_TRIAL, Set.of()), start, input(trialSeed), trace);
      int[] a = trace.active();
      for (int t = 0; t < ONSET_STEPS; t++) {
        sum += a[t];
      }
      long[][] begun = begunWithin(a, theta, ONSET_STEPS);
      sizes = concat(sizes, begun[0]);
      durations = concat(durations, begun[1]);
    }
    progress.println(String.format(Locale.ROOT, "[seed %d] onset: %d trials, %d avalanches",
        seed, options.onsetTrials(), sizes.length));
    return new Measured(sizes, durations, theta, (long) options.onsetTrials() * ONSET_STEPS,
        sum / ((double) options.onsetTrials() * ONSET_STEPS));
  }

  /** {sizes, durations} of the avalanches of {@code a} above theta that begin before {@code end}. */
  static long[][] begunWithin(int[] a, int theta, int end) {
    long[] sizes = new long[a.length];
    long[] durations = new long[a.length];
    int n = 0;
    long size = 0;
    int duration = 0;
    for (int t = 0; t < a.length; t++) {
      if (a[t] > theta) {
        size += a[t] - theta;
        duration++;
      } else if (duration > 0) {
        if (t - duration < end) {
          sizes[n] = size;
          durations[n++] = duration;
        }
        size = 0;
        duration = 0;
      }
      if (t >= end && duration == 0) {
        break;
      }
    }
    return new long[][] {Arrays.copyOf(sizes, n), Arrays.copyOf(durations, n)};
  }

  private Measured measure(int[] active, int theta) {
    Avalanches a = theta < 0 ? Avalanches.of(active) : Avalanches.of(active, theta);
    double mean = Arrays.stream(active).average().orElse(Double.NaN);
    return new Measured(a.sizes(), a.durations(), a.threshold(), active.length, mean);
  }

  /**
   * Runs {@code description} from {@code start} (null: a fresh network); returns the final state.
   * Says on the progress stream what it did, unless {@code name} is null.
   */
  private NetworkState run(String name, RunDescription description, NetworkSnapshot start,
      InputSequence input, ActivityTrace trace) throws InterruptedException {
    long t0 = System.nanoTime();
    Simulation run = workbench.create(
        new RunRequest(description, start, input, List.of(trace)), null);
    run.start();
    NetworkState state = run.await();
    // many runs in one workbench: keep the state, not the run
    workbench.discard(run.id());
    if (run.failure() != null) {
      throw new IllegalStateException("seed " + seed + (name == null ? "" : " " + name)
          + " failed: " + run.failure());
    }
    if (name != null) {
      progress.println(String.format(Locale.ROOT, "[seed %d] %s: %,d steps (%.1f s)", seed,
          name, description.steps(), (System.nanoTime() - t0) / 1e9));
    }
    return state;
  }

  /** No input: every input unit at 0. */
  private static InputSequence silence() {
    return (step, u) -> Arrays.fill(u, 0.0);
  }

  /** The external input: a uniformly random symbol each step, on its pool, with the huge gain. */
  private SymbolInput input(long inputSeed) {
    TaskSequence symbols = new TaskSequence(new RandomSequenceTask(DelPapaModel.SYMBOLS),
        new SplittableRandom(inputSeed));
    SymbolPools pools = new SymbolPools(DelPapaModel.SYMBOLS, model.unitsPerSymbol(),
        DelPapaModel.INPUT);
    return new SymbolInput(symbols::symbol, pools, -1);
  }

  /** A seed for phase {@code k} of this network, apart from every other network's. */
  private long phaseSeed(int k) {
    return seed * 1_000_003L + k;
  }

  private static long[] concat(long[] a, long[] b) {
    long[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
