package org.sorn.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.sorn.api.Hyperparameters;
import org.sorn.api.NetworkUpdate;
import org.sorn.api.NoiseModel;
import org.sorn.api.PlasticityMechanism;
import org.sorn.api.PlasticityRule;
import org.sorn.api.RunContext;
import org.sorn.api.fastpath.TrackingRule;
import org.sorn.api.run.RunDescription;
import org.sorn.api.run.RunRequest;
import org.sorn.api.run.Simulation;
import org.sorn.engine.GaussianNoiseModel;
import org.sorn.engine.SlowInhibitionUpdate;
import org.sorn.engine.SornState;
import org.sorn.engine.SornWorkbench;
import org.sorn.testkit.Mechanisms;

/**
 * A network of the reference model (five mechanisms, noise on, nu = 10) that a real run of the
 * engine has brought into its steady regime, and the step of that run continued here part by
 * part, as the engine's run makes it: boundary (compaction) and input, noise, update, indexing of
 * the active units, then the mechanisms in step order. Benchmarks time the whole step or one part
 * in its place, so that every part sees the activity and weights it sees in a run.
 */
public final class WarmNetwork {
  /** Steps between two compactions of the pruned synapses, as the engine's run does. */
  static final long COMPACTION_INTERVAL = 1000;

  private final SornState state;
  private final RandomGenerator input;
  private final NoiseModel.Noise noise;
  private final NetworkUpdate.Rule update;
  private final PlasticityRule[] plasticity;
  private final boolean[] plain;
  private final List<String> parts = new ArrayList<>();
  private final double[] u;
  private final double[] noiseE;
  private final double[] noiseI;
  private final boolean[] recurrent;
  private long step;

  private WarmNetwork(SornState state, RunContext run, List<PlasticityMechanism> mechanisms, long step) {
    this.state = state;
    this.step = step;
    // the run's own streams, continued: the input and noise go on as the run would have drawn them
    this.input = run.random("input");
    this.noise = new GaussianNoiseModel().bind(run);
    this.update = new SlowInhibitionUpdate().bind(run);
    this.plasticity = mechanisms.stream().map(m -> m.bind(run)).toArray(PlasticityRule[]::new);
    this.plain = new boolean[plasticity.length];
    for (int r = 0; r < plasticity.length; r++) {
      plain[r] = !(plasticity[r] instanceof TrackingRule);
    }
    this.u = new double[state.nu()];
    this.noiseE = new double[state.ne()];
    this.noiseI = new double[state.ni()];
    this.recurrent = new boolean[state.ne()];
    parts.addAll(List.of("input", "noise", "update", "index"));
    mechanisms.forEach(m -> parts.add(m.slot()));
  }

  /** As {@link #warm(int, double, long, long)} with the package's dense W^IE. */
  public static WarmNetwork warm(int ne, long seed, long warmSteps) {
    return warm(ne, 0, seed, warmSteps);
  }

  /**
   * Runs a fresh network of {@code ne} units for {@code warmSteps} steps in the engine; {@code
   * lambdaIe > 0} makes W^IE sparse, each I unit fed by about that many E units.
   */
  public static WarmNetwork warm(int ne, double lambdaIe, long seed, long warmSteps) {
    SornWorkbench workbench = SornWorkbench.standalone();
    List<PlasticityMechanism> mechanisms = Mechanisms.reference();
    mechanisms.forEach(workbench::add);
    RunDescription d =
        RunDescription.builder()
            .ne(ne)
            .nu(Hyperparameters.DEFAULT_NU)
            .seed(seed)
            .steps(warmSteps)
            .noiseSigma(Hyperparameters.DEFAULT_NOISE_SIGMA)
            .parameters(lambdaIe > 0 ? Map.of(Hyperparameters.LAMBDA_IE, lambdaIe) : Map.of())
            .build();
    Simulation run = workbench.start(new RunRequest(d, null, null, List.of()));
    SornState state;
    try {
      state = (SornState) run.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while warming the network up", e);
    }
    if (run.failure() != null) {
      throw new IllegalStateException("the warm-up run at ne=" + ne + " failed: " + run.failure());
    }
    List<PlasticityMechanism> inStepOrder =
        mechanisms.stream()
            .sorted(java.util.Comparator.comparingInt(PlasticityMechanism::order))
            .toList();
    return new WarmNetwork(state, run.context(), inStepOrder, warmSteps);
  }

  /** One whole step t -> t+1, as the engine's run makes it. */
  public void step() {
    boundaryAndInput();
    drawNoise();
    updateActivity();
    indexActivity();
    for (int r = 0; r < plasticity.length; r++) {
      applyRule(r);
    }
  }

  /** The parts of a step in order: input, noise, update, index, then the mechanisms' slots. */
  public List<String> parts() {
    return List.copyOf(parts);
  }

  /** Runs part {@code index} of {@link #parts()}. */
  public void run(int part) {
    switch (part) {
      case 0 -> boundaryAndInput();
      case 1 -> drawNoise();
      case 2 -> updateActivity();
      case 3 -> indexActivity();
      default -> applyRule(part - 4);
    }
  }

  // as the engine's run: a plain rule has the entries brought up to date before it, and every
  // column marked after it
  private void applyRule(int r) {
    if (plain[r]) {
      state.bringUpToDate();
    }
    plasticity[r].apply(state);
    if (plain[r]) {
      state.markAllChanged();
    }
  }

  public SornState state() {
    return state;
  }

  private void boundaryAndInput() {
    if (step > 0 && step % COMPACTION_INTERVAL == 0) {
      state.wee().compact();
      state.wei().compact();
    }
    step++;
    for (int i = 0; i < u.length; i++) {
      u[i] = input.nextDouble();
    }
    state.x().shift();
    state.y().shift();
  }

  private void drawNoise() {
    noise.sample(noiseE, noiseI);
  }

  private void updateActivity() {
    update.update(state, u, noiseE, noiseI, recurrent);
  }

  private void indexActivity() {
    state.x().indexAfter();
    state.y().indexAfter();
  }
}
