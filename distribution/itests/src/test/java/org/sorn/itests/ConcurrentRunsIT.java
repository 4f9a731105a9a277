package org.sorn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.sorn.itests.DeterministicRuns.SWAP;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.sorn.api.Hyperparameters;
import org.sorn.api.NetworkSnapshot;
import org.sorn.api.Slots;
import org.sorn.api.StepListener;
import org.sorn.api.StepView;
import org.sorn.api.run.RunEvent;
import org.sorn.api.run.RunRequest;
import org.sorn.api.run.RunStatus;
import org.sorn.api.run.Simulation;
import org.sorn.api.run.Workbench;
import org.sorn.testkit.Snapshots;

/**
 * Two runs at once in one workbench, one of them changed while the other is mid-run, share
 * nothing: each ends in the state it ends in when made alone.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConcurrentRunsIT {
  private static final long CHANGED_SEED = 21;
  private static final long STEADY_SEED = 22;
  private static final String UNCLAMPED_IP = "ip-unclamped";
  private static final double CHANGED_ETA_STDP = 0.01;
  /** The steady run waits at the end of this step until the other run has been changed. */
  private static final long HOLD = 100;

  @Inject private Workbench workbench;

  @Configuration
  public Option[] configuration() {
    return DistributionBundles.options();
  }

  @Test
  public void runsMadeTogetherEndAsWhenMadeAlone() throws Exception {
    DeterministicRuns.awaitReferenceMechanisms(workbench);
    DeterministicRuns.awaitInstalled(workbench, Slots.IP, UNCLAMPED_IP, true);
    FixedInput input = DeterministicRuns.input();

    Hold hold = new Hold();
    Simulation steady = workbench.create(steadyRun(input, List.of(hold)), null);
    Simulation changed = workbench.create(DeterministicRuns.fresh(CHANGED_SEED, Map.of(), input), null);
    changed.pauseAt(SWAP);
    steady.start();
    changed.start();
    DeterministicRuns.awaitPausedBefore(changed, SWAP);
    DeterministicRuns.awaitTrue("the steady run to reach step " + HOLD, () -> hold.reached.getCount() == 0);
    assertEquals("the steady run is mid-run", RunStatus.RUNNING, steady.status());
    assertEquals(HOLD, steady.stepsDone());
    change(changed);
    hold.release.countDown();
    NetworkSnapshot steadyTogether = DeterministicRuns.finish(steady);
    NetworkSnapshot changedTogether = DeterministicRuns.finish(changed);

    NetworkSnapshot changedAlone = changedAlone(input);
    NetworkSnapshot steadyAlone = DeterministicRuns.finish(workbench.start(steadyRun(input, List.of())));

    String difference = Snapshots.firstDifference(changedAlone, changedTogether);
    assertNull("the changed run differs from the same run made alone: " + difference, difference);
    difference = Snapshots.firstDifference(steadyAlone, steadyTogether);
    assertNull("the steady run differs from the same run made alone: " + difference, difference);

    DeterministicRuns.assertInForceFrom(SWAP, UNCLAMPED_IP, "org.sorn.ip.unclamped",
        DeterministicRuns.onlyEvent(changed, "variant", Slots.IP));
    RunEvent parameter = DeterministicRuns.onlyEvent(changed, "parameters", Slots.STDP);
    DeterministicRuns.assertInForceFrom(SWAP, Slots.STDP, "org.sorn.stdp", parameter);
    assertEquals(Double.valueOf(CHANGED_ETA_STDP), parameter.mechanism().parameters().get(Hyperparameters.ETA_STDP));
    assertEquals("the steady run was not changed",
        List.of(),
        steady.events().stream().filter(e -> e.kind().equals("variant") || e.kind().equals("parameters")).toList());
  }

  /** The unclamped IP from the start, on another network. */
  private static RunRequest steadyRun(FixedInput input, List<StepListener> listeners) {
    return new RunRequest(
        DeterministicRuns.description(STEADY_SEED, DeterministicRuns.STEPS, Map.of(Slots.IP, UNCLAMPED_IP), Map.of()),
        null, input, listeners);
  }

  /** The changed run made alone: the same pause and changes, nothing beside it. */
  private NetworkSnapshot changedAlone(FixedInput input) throws InterruptedException {
    Simulation alone = workbench.create(DeterministicRuns.fresh(CHANGED_SEED, Map.of(), input), null);
    alone.pauseAt(SWAP);
    alone.start();
    DeterministicRuns.awaitPausedBefore(alone, SWAP);
    change(alone);
    return DeterministicRuns.finish(alone);
  }

  private static void change(Simulation run) {
    run.use(Slots.IP, UNCLAMPED_IP);
    run.setParameter(Hyperparameters.ETA_STDP, CHANGED_ETA_STDP);
    run.resume();
  }

  /** Holds its run after step {@link #HOLD} until released; it only observes. */
  private static final class Hold implements StepListener {
    final CountDownLatch reached = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public void afterStep(StepView step) throws IOException {
      if (step.step() == HOLD) {
        reached.countDown();
        try {
          if (!release.await(10, TimeUnit.SECONDS)) {
            throw new IOException("the test did not release the run within 10 s");
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while held", e);
        }
      }
    }
  }
}
