package org.sorn.itests;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.sorn.itests.DeterministicRuns.STEPS;

import java.util.Map;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.sorn.api.NetworkSnapshot;
import org.sorn.api.Slots;
import org.sorn.api.run.RunEvent;
import org.sorn.api.run.Simulation;
import org.sorn.api.run.Workbench;
import org.sorn.itests.DeterministicRuns.Segment;
import org.sorn.testkit.Snapshots;

/**
 * A lab bundle installed while a run goes on can be used from the next step boundary; when it is
 * uninstalled, the run falls back to the package's rule for its slot and completes.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotDeployIT {
  private static final long SEED = 7;
  private static final long INSTALLED_AT = 150;
  private static final long UNINSTALLED_AT = 275;

  @Inject private Workbench workbench;
  @Inject private BundleContext context;

  @Configuration
  public Option[] configuration() {
    return ExampleBundle.options();
  }

  @Test
  public void aBundleInstalledMidRunIsUsedAndItsUninstallFallsBackToThePackagesRule() throws Exception {
    DeterministicRuns.awaitReferenceMechanisms(workbench);
    assertFalse("the example is not installed before the run",
        DeterministicRuns.isInstalled(workbench, Slots.STDP, ExampleBundle.VARIANT));
    FixedInput input = DeterministicRuns.input();

    Simulation run = workbench.create(DeterministicRuns.fresh(SEED, Map.of(), input), null);
    run.pauseAt(INSTALLED_AT);
    run.start();
    DeterministicRuns.awaitPausedBefore(run, INSTALLED_AT);
    Bundle example = ExampleBundle.install(context);
    DeterministicRuns.awaitInstalled(workbench, Slots.STDP, ExampleBundle.VARIANT, true);
    run.use(Slots.STDP, ExampleBundle.VARIANT);
    run.pauseAt(UNINSTALLED_AT);
    run.resume();
    DeterministicRuns.awaitPausedBefore(run, UNINSTALLED_AT);
    example.uninstall();
    DeterministicRuns.awaitEvent(run, "provider-lost", Slots.STDP);
    run.resume();
    NetworkSnapshot last = DeterministicRuns.finish(run);

    Bundle again = ExampleBundle.install(context);
    DeterministicRuns.awaitInstalled(workbench, Slots.STDP, ExampleBundle.VARIANT, true);
    NetworkSnapshot reference =
        DeterministicRuns.reference(workbench, SEED, input,
            new Segment(INSTALLED_AT),
            new Segment(UNINSTALLED_AT - INSTALLED_AT, Map.of(Slots.STDP, ExampleBundle.VARIANT)),
            new Segment(STEPS - UNINSTALLED_AT));
    again.uninstall();
    DeterministicRuns.awaitInstalled(workbench, Slots.STDP, ExampleBundle.VARIANT, false);
    String difference = Snapshots.firstDifference(reference, last);
    assertNull("the run differs from its three-segment reference: " + difference, difference);

    DeterministicRuns.assertInForceFrom(INSTALLED_AT, ExampleBundle.VARIANT, ExampleBundle.SYMBOLIC_NAME,
        DeterministicRuns.onlyEvent(run, "variant", Slots.STDP));
    RunEvent lost = DeterministicRuns.onlyEvent(run, "provider-lost", Slots.STDP);
    // the fallback is the package's stdp
    DeterministicRuns.assertInForceFrom(UNINSTALLED_AT, Slots.STDP, "org.sorn.stdp", lost);
    assertTrue("the event names what left: " + lost.message(), lost.message().contains(ExampleBundle.VARIANT));
  }
}
