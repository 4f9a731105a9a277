package org.sorn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.sorn.testkit.Snapshots.dense;

import java.util.Arrays;
import java.util.List;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.sorn.api.NetworkState;
import org.sorn.api.Slots;
import org.sorn.api.StepListener;
import org.sorn.api.StepView;
import org.sorn.api.SynapticWeights;
import org.sorn.api.run.MechanismRecord;
import org.sorn.api.run.RunDescription;
import org.sorn.api.run.RunRequest;
import org.sorn.api.run.RunStatus;
import org.sorn.api.run.Simulation;
import org.sorn.api.run.Workbench;

/**
 * The foundation's acceptance test: a 1,000-step run of the reference model at the package's
 * default size, with noise, in the bundles the workbench ships.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ReferenceRunIT {
  private static final long STEPS = 1_000;
  private static final List<String> MECHANISM_BUNDLES =
      List.of("org.sorn.stdp", "org.sorn.ip", "org.sorn.sp", "org.sorn.istdp", "org.sorn.sn");

  @Inject private Workbench workbench;

  @Configuration
  public Option[] configuration() {
    return DistributionBundles.options();
  }

  @Test
  public void referenceRunAppliesEveryMechanismAndKeepsIncomingWeightsNormalised() throws Exception {
    awaitReferenceMechanisms();
    FirstAndActivity observed = new FirstAndActivity();
    Simulation run =
        workbench.start(new RunRequest(RunDescription.defaults(7, STEPS), null, null, List.of(observed)));
    NetworkState last = run.await();

    assertNull(run.failure());
    assertEquals(RunStatus.COMPLETED, run.status());
    assertEquals(STEPS, run.stepsDone());

    List<MechanismRecord> all = run.mechanisms();
    assertEquals(
        List.of(Slots.NOISE, Slots.UPDATE),
        all.subList(0, 2).stream().map(MechanismRecord::slot).toList());
    assertEquals(List.of("org.sorn.engine", "org.sorn.engine"),
        all.subList(0, 2).stream().map(MechanismRecord::bundle).toList());
    List<MechanismRecord> mechanisms = all.subList(2, all.size());
    assertEquals(Slots.REFERENCE, mechanisms.stream().map(MechanismRecord::slot).toList());
    assertEquals(MECHANISM_BUNDLES, mechanisms.stream().map(MechanismRecord::bundle).toList());

    // stdp/sp/ss change Wee, istdp/ss change Wei, ip changes the thresholds
    assertFalse("Wee changed", Arrays.deepEquals(observed.initialWee, dense(last.wee())));
    assertFalse("Wei changed", Arrays.deepEquals(observed.initialWei, dense(last.wei())));
    assertFalse("T^E changed", Arrays.equals(observed.initialTe, last.te()));

    double meanActive = observed.activeUnits / (double) (STEPS * last.ne());
    assertTrue("mean fraction of active E units " + meanActive, meanActive > 0.001 && meanActive < 0.999);

    assertColumnsSumToOne("Wee", last.wee());
    assertColumnsSumToOne("Wei", last.wei());
  }

  private void awaitReferenceMechanisms() throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (workbench.mechanisms().size() < Slots.REFERENCE.size() + 2 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertTrue("the reference mechanisms after 60 s: " + workbench.mechanisms(),
        workbench.mechanisms().size() >= Slots.REFERENCE.size() + 2);
  }

  private static void assertColumnsSumToOne(String name, SynapticWeights w) {
    double[] sums = new double[w.columns()];
    int[] rowStart = w.rowStart();
    int[] post = w.postsynaptic();
    double[] weights = w.weights();
    for (int pre = 0; pre < w.rows(); pre++) {
      for (int k = rowStart[pre]; k < rowStart[pre + 1]; k++) {
        sums[post[k]] += weights[k];
      }
    }
    for (int i = 0; i < sums.length; i++) {
      assertEquals(name + " column " + i, 1.0, sums[i], 1e-9);
    }
  }

  /** Keeps the weights and thresholds the run started with, and counts E spikes. */
  private static final class FirstAndActivity implements StepListener {
    double[][] initialWee;
    double[][] initialWei;
    double[] initialTe;
    long activeUnits;

    @Override
    public void beforePlasticity(StepView step) {
      if (step.step() == 0) {
        // before the first plasticity the weights are those of the fresh network
        initialWee = dense(step.state().wee());
        initialWei = dense(step.state().wei());
        initialTe = step.state().te().clone();
      }
    }

    @Override
    public void afterStep(StepView step) {
      activeUnits += step.state().x().activeAfterCount();
    }
  }
}
