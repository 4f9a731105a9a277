package org.sorn.cartpole;

import java.util.List;
import java.util.Map;
import org.sorn.api.Hyperparameters;
import org.sorn.api.InputSequence;
import org.sorn.api.StepListener;
import org.sorn.api.StepView;
import org.sorn.api.run.Phase;
import org.sorn.api.run.RunDescription;
import org.sorn.api.run.RunRequest;
import org.sorn.api.run.Simulation;
import org.sorn.api.run.Workbench;

/**
 * A SORN as the state encoder of a {@link CartPoleAgent}, run in lock step with the cart-pole on
 * the run's own thread: no hand-off between threads. Step t of the run takes u(t), the encoding
 * of observation o_t ({@link InputSequence#fill}); once x(t+1) is computed and the step's
 * plasticity applied ({@link StepListener#afterStep}), the agent reads x(t+1) (plus a constant
 * bias feature), acts, and the environment's next observation becomes u(t+1). One environment
 * step is one SORN step; the network runs on across episodes, it is never reset.
 */
public final class SornEncoder implements InputSequence, StepListener {
  /**
   * The IP target rate h_ip of the demo: the package's 2*nu/ne would exceed 1 with 128 input units;
   * 0.05 learnt better than 0.1 (docs/cartpole.md).
   */
  public static final double TARGET_RATE = 0.05;

  private final ObservationEncoder encoder;
  private final CartPoleAgent agent;
  private final double[] features;
  private volatile Simulation simulation;

  private SornEncoder(ObservationEncoder encoder, CartPoleAgent agent, int ne) {
    this.encoder = encoder;
    this.agent = agent;
    this.features = new double[ne + 1];
    features[ne] = 1.0;
  }

  /** The features the policy reads from a SORN of {@code ne} units: x(t+1) and a bias. */
  public static int features(int ne) {
    return ne + 1;
  }

  /**
   * The run of the demo: {@code ne} units, the encoder's input units, the package's noise, and
   * the reference mechanisms with the IP target rate {@link #TARGET_RATE} when {@code plastic},
   * none when not; long enough for {@code episodes} episodes of at most {@code stepLimit} steps.
   */
  public static RunDescription description(
      int ne, ObservationEncoder encoder, long seed, int episodes, int stepLimit, boolean plastic) {
    return RunDescription.builder()
        .ne(ne)
        .nu(encoder.inputUnits())
        .seed(seed)
        .steps((long) episodes * stepLimit)
        .phase(plastic ? Phase.PLASTICITY : Phase.TRAINING)
        .frozen(null)
        .noiseSigma(Hyperparameters.DEFAULT_NOISE_SIGMA)
        .parameters(Map.of(Hyperparameters.H_IP, TARGET_RATE))
        .variants(null)
        .build();
  }

  /**
   * Trains {@code agent} with the SORN of {@code description} as its encoder, until its last
   * episode ends; returns the run, stopped.
   *
   * @throws IllegalStateException when the run ends before the agent is done (it failed or was
   *     stopped from outside)
   */
  public static Simulation train(
      Workbench workbench,
      RunDescription description,
      ObservationEncoder encoder,
      CartPoleAgent agent)
      throws InterruptedException {
    if (description.nu() != encoder.inputUnits()) {
      throw new IllegalArgumentException(
          "the run has nu = " + description.nu() + " input units, the encoder needs "
              + encoder.inputUnits());
    }
    SornEncoder lockStep = new SornEncoder(encoder, agent, description.ne());
    Simulation run =
        workbench.create(
            new RunRequest(description, null, lockStep, List.of(lockStep)), context -> List.of());
    lockStep.simulation = run;
    run.start();
    try {
      run.await();
    } catch (InterruptedException e) {
      // the caller gave up: the run must not go on training on its own thread
      run.stop();
      throw e;
    }
    if (!agent.finished()) {
      String why = run.failure() != null ? run.failure() : "it was " + run.status().name().toLowerCase();
      throw new IllegalStateException(
          "the SORN run ended after " + run.stepsDone() + " steps, before the last episode: " + why);
    }
    return run;
  }

  @Override
  public void fill(long step, double[] u) {
    encoder.encode(agent.observation(), u);
  }

  @Override
  public void afterStep(StepView step) {
    boolean[] x = step.state().x().after();
    for (int i = 0; i < x.length; i++) {
      features[i] = x[i] ? 1.0 : 0.0;
    }
    if (agent.act(features)) {
      simulation.stop();
    }
  }
}
