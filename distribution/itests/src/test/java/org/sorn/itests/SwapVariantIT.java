package org.sorn.itests;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.sorn.itests.DeterministicRuns.STEPS;
import static org.sorn.itests.DeterministicRuns.SWAP;

import java.util.Map;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.sorn.api.NetworkSnapshot;
import org.sorn.api.Slots;
import org.sorn.api.run.Simulation;
import org.sorn.api.run.Workbench;
import org.sorn.itests.DeterministicRuns.Segment;
import org.sorn.testkit.Snapshots;

/**
 * A variant chosen for a slot while a run is paused takes over at that step boundary: the run goes
 * on exactly as a run started from its state there with that variant, in the real bundles.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SwapVariantIT {
  private static final long SEED = 5;

  @Inject private Workbench workbench;
  @Inject private BundleContext context;

  @Configuration
  public Option[] configuration() {
    return ExampleBundle.options();
  }

  @Test
  public void aVariantChosenAtABoundaryGoesOnAsARunStartedThereWithIt() throws Exception {
    DeterministicRuns.awaitReferenceMechanisms(workbench);
    ExampleBundle.install(context);
    DeterministicRuns.awaitInstalled(workbench, Slots.STDP, ExampleBundle.VARIANT, true);
    FixedInput input = DeterministicRuns.input();

    Simulation swapped = workbench.create(DeterministicRuns.fresh(SEED, Map.of(), input), null);
    swapped.pauseAt(SWAP);
    swapped.start();
    DeterministicRuns.awaitPausedBefore(swapped, SWAP);
    swapped.use(Slots.STDP, ExampleBundle.VARIANT);
    swapped.resume();
    NetworkSnapshot last = DeterministicRuns.finish(swapped);

    NetworkSnapshot reference =
        DeterministicRuns.reference(workbench, SEED, input,
            new Segment(SWAP), new Segment(STEPS - SWAP, Map.of(Slots.STDP, ExampleBundle.VARIANT)));
    String difference = Snapshots.firstDifference(reference, last);
    assertNull("the swapped run differs from its reference: " + difference, difference);

    NetworkSnapshot stdpOnly = DeterministicRuns.reference(workbench, SEED, input, new Segment(STEPS));
    assertNotNull("the swap changed the run", Snapshots.firstDifference(stdpOnly, last));

    DeterministicRuns.assertInForceFrom(SWAP, ExampleBundle.VARIANT, ExampleBundle.SYMBOLIC_NAME,
        DeterministicRuns.onlyEvent(swapped, "variant", Slots.STDP));
  }
}
