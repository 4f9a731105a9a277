package org.sorn.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.api.NetworkState;
import org.sorn.api.PlasticityMechanism;
import org.sorn.api.PlasticityRule;
import org.sorn.api.RunContext;
import org.sorn.api.run.MechanismRecord;
import org.sorn.api.run.RunDescription;
import org.sorn.api.run.RunEvent;
import org.sorn.api.run.RunRequest;
import org.sorn.api.run.RunStatus;
import org.sorn.api.run.Simulation;

/**
 * A run's life from the outside: rules closed when they leave, changes applied in the order asked,
 * its rules readable from any thread, an ended run released, the engine's going waited for, and
 * live changes refused as the command line refuses them.
 */
@Timeout(30)
class RunLifecycleTest {

  /** A rule of slot stdp that notes when it is closed, and reports one parameter of its own. */
  static final class Closing implements PlasticityMechanism {
    final String variant;
    final String parameter;
    final List<String> closed = new CopyOnWriteArrayList<>();

    Closing(String variant, String parameter) {
      this.variant = variant;
      this.parameter = parameter;
    }

    @Override
    public String slot() {
      return "stdp";
    }

    @Override
    public String variant() {
      return variant;
    }

    @Override
    public int order() {
      return 100;
    }

    @Override
    public PlasticityRule bind(RunContext run) {
      double value = run.parameter(parameter, 0.004);
      return new PlasticityRule() {
        @Override
        public void apply(NetworkState state) {}

        @Override
        public Map<String, Object> parameters() {
          return Map.of(parameter, value);
        }

        @Override
        public void close() {
          closed.add(variant + ":" + value);
        }
      };
    }
  }

  private static RunDescription description(long steps) {
    return RunDescription.builder().ne(20).nu(4).seed(3).steps(steps).noise(false).build();
  }

  private static void awaitStatus(Simulation run, RunStatus status) throws InterruptedException {
    while (run.status() != status) {
      Thread.sleep(1);
    }
  }

  @Test
  void aResumeQueuedBeforeAPauseIsAppliedBeforeIt() throws Exception {
    SornWorkbench workbench = SornWorkbench.standalone();
    Simulation run = workbench.create(new RunRequest(description(1_000_000), null, null, List.of()), null);
    run.pauseAt(5);
    run.start();
    awaitStatus(run, RunStatus.PAUSED);
    run.resume();
    run.pause();
    // at step 5 when both were queued before the run woke, a few steps later when it woke between;
    // in the wrong order the reason stays that of the step-5 pause, or the run goes on
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!"paused by command".equals(run.pauseReason()) && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    long at = run.stepsDone();
    Thread.sleep(300);
    assertEquals(RunStatus.PAUSED, run.status(), "the pause asked after the resume holds");
    assertEquals("paused by command", run.pauseReason());
    assertEquals(at, run.stepsDone(), "and no step is made while it holds");
    run.stop();
    run.await();
  }

  @Test
  void theRulesInForceCanBeReadFromAnotherThreadWhileTheyChange() throws Exception {
    SornWorkbench workbench = SornWorkbench.standalone();
    workbench.add(new Closing("stdp", "eta_stdp"));
    Simulation run = workbench.start(new RunRequest(description(400_000), null, null, List.of()));
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread reader =
        new Thread(
            () -> {
              try {
                while (!run.status().isFinal()) {
                  for (MechanismRecord m : run.mechanisms()) {
                    assertNotNull(m.slot());
                  }
                }
              } catch (Throwable e) {
                thrown.set(e);
              }
            });
    reader.start();
    // each change rebinds the rule at the next boundary, rebuilding what the run holds
    long until = System.nanoTime() + 2_000_000_000L;
    for (int i = 0; i < 20_000 && System.nanoTime() < until && thrown.get() == null; i++) {
      run.setParameter("eta_stdp", 0.001 * (i % 7));
      if (i % 64 == 0) {
        Thread.onSpinWait();
      }
    }
    run.stop();
    run.await();
    reader.join();
    if (thrown.get() instanceof ConcurrentModificationException e) {
      throw new AssertionError("reading the rules in force raced with their change", e);
    }
    assertNull(thrown.get());
  }

  @Test
  void aRuleIsClosedOnceWhenReplacedAndEveryRuleWhenTheRunEnds() throws Exception {
    SornWorkbench workbench = SornWorkbench.standalone();
    Closing first = new Closing("stdp", "eta_stdp");
    Closing second = new Closing("other", "eta_stdp");
    workbench.add(first);
    workbench.add(second);
    Simulation run = workbench.create(new RunRequest(description(50), null, null, List.of()), null);
    run.pauseAt(10);
    run.start();
    awaitStatus(run, RunStatus.PAUSED);
    run.setParameter("eta_stdp", 0.5);
    run.pauseAt(20);
    run.resume();
    while (run.stepsDone() < 20 || run.status() != RunStatus.PAUSED) {
      Thread.sleep(1);
    }
    assertEquals(List.of("stdp:0.004"), first.closed, "the rule of the old value, when rebound");
    run.use("stdp", "other");
    run.resume();
    run.await();
    assertEquals(List.of("stdp:0.004", "stdp:0.5"), first.closed);
    assertEquals(List.of("other:0.5"), second.closed, "the rule in force at the end");
  }

  @Test
  void theNoiseDrawnAheadStopsItsThreadWhenTheRunEnds() throws Exception {
    if (NoiseAhead.PRODUCERS == 0 || !GaussianNoiseModel.AHEAD) {
      return; // one processor: the noise is drawn on the run's thread, there is nothing to stop
    }
    SornWorkbench workbench = SornWorkbench.standalone();
    RunDescription noisy = description(5000).toBuilder().noise(true).build();
    NoiseAheadTest.awaitNoProducer(); // those of other tests' runs end first
    int told = NoiseAhead.stoppedWhenTold();
    Simulation run = workbench.start(new RunRequest(noisy, null, null, List.of()));
    run.await();
    NoiseAheadTest.awaitNoProducer();
    // counted, not timed: a producer that ends idle (after its second) is not counted
    assertEquals(told + 1, NoiseAhead.stoppedWhenTold(),
        "the producer stopped because the run closed its noise");
  }

  @Test
  void aReleasedRunKeepsItsSummaryAndLetsGoOfItsNetwork() throws Exception {
    SornWorkbench workbench = SornWorkbench.standalone();
    workbench.add(new Closing("stdp", "eta_stdp"));
    Simulation going = workbench.create(new RunRequest(description(100), null, null, List.of()), null);
    assertThrows(IllegalStateException.class, going::release);
    going.start();
    assertNotNull(going.await());
    List<RunEvent> events = going.events();
    going.release();
    assertNull(going.await());
    assertEquals(RunStatus.COMPLETED, going.status());
    assertEquals(100, going.stepsDone());
    assertEquals(events, going.events());
    assertEquals("stdp", going.mechanisms().get(going.mechanisms().size() - 1).variant());
    assertEquals(List.of(going), workbench.simulations());
  }

  @Test
  void theEngineGoingAwayStopsItsRunsUnderTheirRulesAndWaitsForThem(@TempDir Path dir)
      throws Exception {
    SornWorkbench workbench = SornWorkbench.standalone();
    Closing stdp = new Closing("stdp", "eta_stdp");
    workbench.add(stdp);
    Simulation run = workbench.create(new RunRequest(description(50_000_000), null, null, List.of()), null);
    run.checkpointEvery(1_000_000, dir);
    run.start();
    while (run.stepsDone() < 100) {
      Thread.sleep(1);
    }
    workbench.deactivate();
    // deactivate returns once the run has stopped, checkpointed and closed its rules
    assertEquals(RunStatus.STOPPED, run.status());
    assertFalse(Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals("sorn-" + run.id())), "the run's thread ended");
    assertEquals(run.stepsDone(), run.lastCheckpoint());
    assertTrue(Files.isRegularFile(dir.resolve(Checkpoint.FILE)));
    assertEquals(run.stepsDone(), Checkpoint.read(dir).step());
    assertEquals(1, stdp.closed.size());
    RunEvent last = run.events().get(run.events().size() - 1);
    assertEquals("stop", last.kind());
    assertTrue(last.message().contains("engine stops"), last.message());
    assertTrue(run.events().stream().noneMatch(e -> e.kind().equals("provider-lost")));
    assertThrows(
        IllegalStateException.class,
        () -> workbench.start(new RunRequest(description(10), null, null, List.of())));
  }

  @Test
  void liveChangesAreRefusedInTheWordsOfTheCommandLine() throws Exception {
    SornWorkbench workbench = SornWorkbench.standalone();
    workbench.add(new Closing("stdp", "w_max"));
    Simulation run = workbench.create(new RunRequest(description(100), null, null, List.of()), null);
    run.pauseAt(1);
    run.start();
    awaitStatus(run, RunStatus.PAUSED);
    List<String> refused = new ArrayList<>();
    for (Runnable change :
        List.<Runnable>of(
            () -> run.setParameter("eta_stdp", -1),
            () -> run.setParameter("mu_ip", 0),
            () -> run.setParameter("lambda_ee", 21),
            () -> run.setParameter("te_min", 2),
            () -> run.setParameter("eta_stpd", 0.1),
            () -> run.freeze("nope", true))) {
      refused.add(assertThrows(IllegalArgumentException.class, change::run).getMessage());
    }
    assertEquals(
        List.of(
            "eta_stdp must be a finite number >= 0, got -1",
            "mu_ip must be a finite number > 0, got 0",
            "lambda_ee must be a number > 0 and <= ne (20), got 21",
            "te_min must be <= te_max, got te_min 2 and te_max 1 (default)",
            "unknown parameter 'eta_stpd'; known: eta_stdp, eta_inhib, eta_ip, te_min, te_max,"
                + " ti_min, ti_max, mu_ip, h_ip, lambda_ee, lambda_ei, lambda_ie, w_max",
            "slot to freeze must name mechanisms among stdp, ip, sp, istdp, ss, got 'nope'"),
        refused);
    run.setParameter("w_max", 0.5); // a lab mechanism's own parameter, in force
    run.stop();
    run.await();
  }
}
