package org.sorn.cartpole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.sorn.api.RunContext;
import org.sorn.api.StepListener;
import org.sorn.api.StepView;
import org.sorn.api.run.MechanismRecord;
import org.sorn.api.run.Phase;
import org.sorn.api.run.RunDescription;
import org.sorn.api.run.RunRequest;
import org.sorn.api.run.RunStatus;
import org.sorn.api.run.Simulation;
import org.sorn.api.run.Workbench;
import org.sorn.testkit.ReferenceWorkbench;

class SornEncoderTest {
  private final ObservationEncoder encoder = ObservationEncoder.standard();

  @Test
  void theSornMakesOneStepPerEnvironmentStepOnTheObservationTheAgentActsOn() throws Exception {
    int episodes = 5;
    double[] rewards = new double[episodes];
    CartPoleAgent agent =
        new CartPoleAgent(
            new CartPole(CartPole.V0_STEPS, new SplittableRandom(2)),
            new SoftmaxPolicy(
                SornEncoder.features(200), 2, CartPole.V0_STEPS, 0.003, 0.99, new SplittableRandom(3)),
            episodes,
            (e, r) -> rewards[e - 1] = r);
    LockStepProbe probe = new LockStepProbe(agent);
    RunDescription d = SornEncoder.description(200, encoder, 11, episodes, CartPole.V0_STEPS, true);
    assertEquals(Phase.PLASTICITY, d.phase());
    assertEquals(128, d.nu());
    assertEquals(1000, d.steps(), "room for 5 episodes of 200 steps");

    Simulation run = SornEncoder.train(new Probed(ReferenceWorkbench.create(), probe), d, encoder, agent);

    long steps = (long) Arrays.stream(rewards).sum();
    assertEquals(RunStatus.STOPPED, run.status(), "stopped once the last episode ended");
    assertEquals(steps, run.stepsDone(), "one SORN step per environment step");
    assertEquals(steps, probe.steps);
    assertEquals(0, probe.mismatches, "steps whose input was not the agent's observation");
    // the input pools carry the observation into x(t+1): a driven unit fires far more often
    assertTrue(
        probe.firedWhenDriven() > 3 * probe.firedWhenNotDriven(),
        "P(x=1 | drive) = " + probe.firedWhenDriven() + ", P(x=1 | none) = " + probe.firedWhenNotDriven());
  }

  @Test
  void refusesARunWhoseInputIsNotTheEncoders() {
    CartPoleAgent agent =
        new CartPoleAgent(
            new CartPole(10, new SplittableRandom(2)),
            new SoftmaxPolicy(201, 2, 10, 0.003, 0.99, new SplittableRandom(3)),
            1,
            (e, r) -> {});
    RunDescription d = RunDescription.defaults(1, 10);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SornEncoder.train(ReferenceWorkbench.create(), d, encoder, agent));
    assertEquals("the run has nu = 10 input units, the encoder needs 128", e.getMessage());
  }

  /** Sees each step before the agent does: the input must encode the agent's observation. */
  private final class LockStepProbe implements StepListener {
    private final CartPoleAgent agent;
    private final double[] expected = new double[encoder.inputUnits()];
    long steps;
    long mismatches;
    private long driven;
    private long drivenFired;
    private long quiet;
    private long quietFired;

    LockStepProbe(CartPoleAgent agent) {
      this.agent = agent;
    }

    @Override
    public void afterStep(StepView step) {
      steps++;
      encoder.encode(agent.observation(), expected);
      if (!Arrays.equals(expected, step.input())) {
        mismatches++;
      }
      boolean[] x = step.state().x().after();
      for (int i = 0; i < expected.length; i++) {
        if (expected[i] > 0) {
          driven++;
          drivenFired += x[i] ? 1 : 0;
        } else {
          quiet++;
          quietFired += x[i] ? 1 : 0;
        }
      }
    }

    double firedWhenDriven() {
      return drivenFired / (double) driven;
    }

    double firedWhenNotDriven() {
      return quietFired / (double) quiet;
    }
  }

  /** A workbench that puts the probe before the run's own listeners. */
  private record Probed(Workbench workbench, StepListener probe) implements Workbench {
    @Override
    public Simulation create(RunRequest r, Function<RunContext, List<StepListener>> listeners) {
      List<StepListener> all = new ArrayList<>(List.of(probe));
      all.addAll(r.listeners());
      return workbench.create(new RunRequest(r.description(), r.initialState(), r.input(), all), listeners);
    }

    @Override
    public Simulation start(RunRequest request) {
      throw new UnsupportedOperationException("the encoder creates its run");
    }

    @Override
    public Simulation start(RunRequest r, Function<RunContext, List<StepListener>> listeners) {
      throw new UnsupportedOperationException("the encoder creates its run");
    }

    @Override
    public Simulation resume(
        Path checkpoint, RunRequest r, Function<RunContext, List<StepListener>> listeners) {
      throw new UnsupportedOperationException("the encoder creates its run");
    }

    @Override
    public org.sorn.api.NetworkState checkpointState(Path checkpoint) {
      return workbench.checkpointState(checkpoint);
    }

    @Override
    public List<MechanismRecord> mechanisms() {
      return workbench.mechanisms();
    }

    @Override
    public Simulation simulation(String id) {
      return workbench.simulation(id);
    }

    @Override
    public List<Simulation> simulations() {
      return workbench.simulations();
    }

    @Override
    public void discard(String id) {
      workbench.discard(id);
    }
  }
}
