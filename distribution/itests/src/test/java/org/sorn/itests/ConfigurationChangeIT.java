package org.sorn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.sorn.itests.DeterministicRuns.STEPS;
import static org.sorn.itests.DeterministicRuns.SWAP;

import java.util.Hashtable;
import java.util.Map;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.ConfigurationAdmin;
import org.sorn.api.Hyperparameters;
import org.sorn.api.NetworkSnapshot;
import org.sorn.api.Slots;
import org.sorn.api.run.RunEvent;
import org.sorn.api.run.Simulation;
import org.sorn.api.run.Workbench;
import org.sorn.itests.DeterministicRuns.Segment;
import org.sorn.testkit.Snapshots;

/**
 * A mechanism's configuration changed through Configuration Admin while a run is paused is taken
 * at that step boundary: the run goes on as a run started there with the new value as its own
 * parameter.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConfigurationChangeIT {
  private static final long SEED = 6;
  private static final String STDP_PID = "org.sorn.stdp";
  private static final double CONFIGURED_ETA_STDP = 0.02;

  @Inject private Workbench workbench;
  @Inject private ConfigurationAdmin configurations;

  @Configuration
  public Option[] configuration() {
    return DistributionBundles.options();
  }

  @Test
  public void aConfigurationChangedAtABoundaryGoesOnAsARunWithThatParameter() throws Exception {
    DeterministicRuns.awaitReferenceMechanisms(workbench);
    FixedInput input = DeterministicRuns.input();
    // made before the configuration changes, so that they use the packaged eta_stdp
    NetworkSnapshot reference =
        DeterministicRuns.reference(workbench, SEED, input,
            new Segment(SWAP),
            new Segment(STEPS - SWAP, Map.of(), Map.of(Hyperparameters.ETA_STDP, CONFIGURED_ETA_STDP)));
    NetworkSnapshot unchanged = DeterministicRuns.reference(workbench, SEED, input, new Segment(STEPS));

    Simulation run = workbench.create(DeterministicRuns.fresh(SEED, Map.of(), input), null);
    run.pauseAt(SWAP);
    run.start();
    DeterministicRuns.awaitPausedBefore(run, SWAP);
    org.osgi.service.cm.Configuration stdp = configurations.getConfiguration(STDP_PID, "?");
    RunEvent rebound;
    NetworkSnapshot last;
    try {
      Hashtable<String, Object> properties = new Hashtable<>();
      properties.put(Hyperparameters.ETA_STDP, CONFIGURED_ETA_STDP);
      stdp.update(properties);
      rebound = DeterministicRuns.awaitEvent(run, "parameters", Slots.STDP);
      run.resume();
      last = DeterministicRuns.finish(run);
    } finally {
      stdp.delete();
    }

    String difference = Snapshots.firstDifference(reference, last);
    assertNull("the reconfigured run differs from its reference: " + difference, difference);
    assertNotNull("the configuration changed the run", Snapshots.firstDifference(unchanged, last));

    DeterministicRuns.assertInForceFrom(SWAP, Slots.STDP, "org.sorn.stdp", rebound);
    assertEquals(Double.valueOf(CONFIGURED_ETA_STDP), rebound.mechanism().parameters().get(Hyperparameters.ETA_STDP));
  }
}
