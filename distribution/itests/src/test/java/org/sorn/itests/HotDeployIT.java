package org.sorn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.sorn.itests.DeterministicRuns.STEPS;

import java.util.List;
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
import org.sorn.api.RunEvent;
import org.sorn.api.Simulation;
import org.sorn.api.Slots;
import org.sorn.api.Workbench;
import org.sorn.itests.DeterministicRuns.Segment;

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
    RunEvent lost = DeterministicRuns.awaitEvent(run, "provider-lost", Slots.STDP);
    run.resume();
    NetworkSnapshot last = DeterministicRuns.finish(run);

    Bundle again = ExampleBundle.install(context);
    DeterministicRuns.awaitInstalled(workbench, Slots.STDP, ExampleBundle.VARIANT, true);
    NetworkSnapshot reference =
        DeterministicRuns.reference(workbench, SEED, input,
            new Segment(INSTALLED_AT),
            new Segment(UNINSTALLED_AT - INSTALLED_AT, Map.of(Slots.STDP, ExampleBundle.VARIANT)),
            new Segment(STEPS - UNINSTALLED_AT, Map.of(Slots.STDP, ExampleBundle.VARIANT)));
    again.uninstall();
    DeterministicRuns.awaitInstalled(workbench, Slots.STDP, ExampleBundle.VARIANT, false);
    String difference = Snapshots.firstDifference(reference, last);
    assertNull("the run differs from its three-segment reference: " + difference, difference);

    List<RunEvent> variants = DeterministicRuns.events(run, "variant", Slots.STDP);
    assertEquals("variant events " + run.events(), 1, variants.size());
    RunEvent chosen = variants.get(0);
    assertEquals(INSTALLED_AT, chosen.step());
    assertEquals(ExampleBundle.VARIANT, chosen.mechanism().variant());
    assertEquals(ExampleBundle.SYMBOLIC_NAME, chosen.mechanism().bundle());
    assertEquals(INSTALLED_AT, chosen.mechanism().fromStep());

    assertEquals("provider-lost events " + run.events(),
        1, DeterministicRuns.events(run, "provider-lost", Slots.STDP).size());
    assertEquals(UNINSTALLED_AT, lost.step());
    assertEquals("the fallback is the package's stdp", Slots.STDP, lost.mechanism().variant());
    assertEquals("org.sorn.stdp", lost.mechanism().bundle());
    assertEquals(UNINSTALLED_AT, lost.mechanism().fromStep());
    assertTrue("the event names what left: " + lost.message(), lost.message().contains(ExampleBundle.VARIANT));
  }
}
