package org.sorn.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sorn.api.NetworkState;
import org.sorn.api.PlasticityMechanism;
import org.sorn.api.PlasticityRule;
import org.sorn.api.RunContext;
import org.sorn.api.run.RunDescription;
import org.sorn.api.run.RunEvent;
import org.sorn.api.run.RunRequest;
import org.sorn.api.run.RunStatus;
import org.sorn.api.run.Simulation;

/** Changes of a running simulation take effect at a step boundary, are recorded, and lose nothing. */
@Timeout(20)
class RunControlTest {

  /** A rule that notes each step it is applied at, tagged with its variant and parameter. */
  static final class Marker implements PlasticityMechanism {
    final String variant;
    final List<String> applied = new CopyOnWriteArrayList<>();

    Marker(String variant) {
      this.variant = variant;
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
      double rate = run.parameter("eta_stdp", 0.004);
      return new PlasticityRule() {
        @Override
        public void apply(NetworkState state) {
          applied.add(state.step() + ":" + rate);
        }

        @Override
        public Map<String, Object> parameters() {
          return Map.of("eta_stdp", rate);
        }
      };
    }

    List<Long> steps() {
      return applied.stream().map(s -> Long.parseLong(s.substring(0, s.indexOf(':')))).toList();
    }
  }

  private static RunDescription description(long steps) {
    return RunDescription.builder()
        .ne(20)
        .nu(4)
        .seed(3)
        .steps(steps)
        .noise(false)
        .noiseSigma(0.04)
        .build();
  }

  private static void awaitStatus(Simulation run, RunStatus status) throws InterruptedException {
    while (run.status() != status) {
      Thread.sleep(1);
    }
  }

  private static List<Long> range(long from, long to) {
    return java.util.stream.LongStream.range(from, to).boxed().toList();
  }

  @Test
  void aVariantChosenMidRunTakesOverAtTheNextStepBoundary() throws Exception {
    SornWorkbench workbench = SornWorkbench.standalone();
    Marker a = new Marker("stdp");
    Marker b = new Marker("other");
    workbench.add(a);
    workbench.add(b);
    Simulation run = workbench.create(new RunRequest(description(100), null, null, List.of()), null);
    run.pauseAt(40);
    run.start();
    awaitStatus(run, RunStatus.PAUSED);
    run.use("stdp", "other");
    run.resume();
    run.await();
    assertEquals(RunStatus.COMPLETED, run.status());
    assertEquals(range(0, 40), a.steps());
    assertEquals(range(40, 100), b.steps());
    RunEvent change =
        run.events().stream().filter(e -> e.kind().equals("variant")).findFirst().orElseThrow();
    assertEquals(40, change.step());
    assertEquals("other", change.mechanism().variant());
    assertEquals(40, change.mechanism().fromStep());
  }

  @Test
  void anEndedRunCanBeDiscardedARunningOneCannot() throws InterruptedException {
    SornWorkbench workbench = SornWorkbench.standalone();
    workbench.add(new Marker("stdp"));
    Simulation paused = workbench.create(new RunRequest(description(100), null, null, List.of()), null);
    paused.pauseAt(5);
    paused.start();
    awaitStatus(paused, RunStatus.PAUSED);
    var e = assertThrows(IllegalStateException.class, () -> workbench.discard(paused.id()));
    assertTrue(e.getMessage().startsWith("run " + paused.id() + " is PAUSED"), e.getMessage());
    Simulation done = workbench.start(new RunRequest(description(10), null, null, List.of()));
    done.await();
    workbench.discard(done.id());
    workbench.discard("no-such-run");
    assertEquals(List.of(paused), workbench.simulations());
    assertNull(workbench.simulation(done.id()));
    paused.stop();
  }

  @Test
  void anUnknownVariantIsRefusedAtOnce() {
    SornWorkbench workbench = SornWorkbench.standalone();
    workbench.add(new Marker("stdp"));
    Simulation run = workbench.start(new RunRequest(description(10), null, null, List.of()));
    var e = assertThrows(IllegalArgumentException.class, () -> run.use("stdp", "nope"));
    assertEquals("no variant 'nope' installed for slot stdp; installed: stdp", e.getMessage());
  }

  @Test
  void aParameterChangeRebindsTheRuleFromTheNextStep() throws Exception {
    SornWorkbench workbench = SornWorkbench.standalone();
    Marker a = new Marker("stdp");
    workbench.add(a);
    Simulation run = workbench.create(new RunRequest(description(30), null, null, List.of()), null);
    run.pauseAt(10);
    run.start();
    awaitStatus(run, RunStatus.PAUSED);
    run.setParameter("eta_stdp", 0.5);
    run.resume();
    run.await();
    assertEquals("9:0.004", a.applied.get(9));
    assertEquals("10:0.5", a.applied.get(10));
    assertEquals(30, a.applied.size());
  }

  @Test
  void aLeavingProviderFallsBackToAnotherOfItsSlot() throws Exception {
    SornWorkbench workbench = SornWorkbench.standalone();
    Marker a = new Marker("stdp");
    Marker b = new Marker("other");
    workbench.add(a);
    workbench.add(b);
    RunDescription d = description(50);
    d = RunDescription.builder()
        .ne(d.ne())
        .nu(d.nu())
        .seed(d.seed())
        .steps(d.steps())
        .phase(d.phase())
        .frozen(d.frozen())
        .noise(false)
        .noiseSigma(0.04)
        .variants(Map.of("stdp", "other"))
        .build();
    Simulation run = workbench.create(new RunRequest(d, null, null, List.of()), null);
    run.pauseAt(20);
    run.start();
    awaitStatus(run, RunStatus.PAUSED);
    workbench.remove(b);
    run.resume();
    run.await();
    assertEquals(range(0, 20), b.steps());
    assertEquals(range(20, 50), a.steps());
    assertTrue(run.events().stream().anyMatch(e -> e.kind().equals("provider-lost") && e.step() == 20));
  }

  @Test
  void withoutAFallbackTheRunPausesAndTakesTheProviderBackWhenItReturns() throws Exception {
    SornWorkbench workbench = SornWorkbench.standalone();
    Marker a = new Marker("stdp");
    workbench.add(a);
    Simulation run = workbench.create(new RunRequest(description(60), null, null, List.of()), null);
    run.pauseAt(15);
    run.start();
    awaitStatus(run, RunStatus.PAUSED);
    workbench.remove(a);
    // the loss is applied at this boundary: the run stays paused and says why
    while (run.pauseReason() == null || !run.pauseReason().contains("lost its provider")) {
      Thread.sleep(1);
    }
    assertEquals(RunStatus.PAUSED, run.status());
    assertEquals(15, run.stepsDone());
    Marker back = new Marker("stdp");
    workbench.add(back); // the same variant returns and is taken; the user's pause stays
    while (run.pauseReason().contains("lost its provider")) {
      Thread.sleep(1);
    }
    assertEquals(RunStatus.PAUSED, run.status());
    run.resume();
    run.await();
    assertEquals(RunStatus.COMPLETED, run.status());
    assertEquals(range(0, 15), a.steps());
    assertEquals(range(15, 60), back.steps());
  }

  @Test
  void freezingAndUnfreezingTakeEffectBetweenSteps() throws Exception {
    SornWorkbench workbench = SornWorkbench.standalone();
    Marker a = new Marker("stdp");
    workbench.add(a);
    Simulation run = workbench.create(new RunRequest(description(30), null, null, List.of()), null);
    run.pauseAt(10);
    run.start();
    awaitStatus(run, RunStatus.PAUSED);
    run.freeze("stdp", true);
    run.pauseAt(20);
    run.resume();
    while (run.stepsDone() < 20 || run.status() != RunStatus.PAUSED) {
      Thread.sleep(1);
    }
    run.freeze("stdp", false);
    run.resume();
    run.await();
    List<Long> expected = new java.util.ArrayList<>(range(0, 10));
    expected.addAll(range(20, 30));
    assertEquals(expected, a.steps());
  }

  @Test
  void aStoppedRunKeepsItsStepsAndSaysSo() throws Exception {
    SornWorkbench workbench = SornWorkbench.standalone();
    workbench.add(new Marker("stdp"));
    Simulation run = workbench.create(new RunRequest(description(1000), null, null, List.of()), null);
    run.pauseAt(7);
    run.start();
    awaitStatus(run, RunStatus.PAUSED);
    run.stop();
    run.await();
    assertEquals(RunStatus.STOPPED, run.status());
    assertEquals(7, run.stepsDone());
  }

  @Test
  void concurrentRunsDoNotAffectEachOther() throws Exception {
    SornWorkbench workbench = SornWorkbench.standalone();
    workbench.add(new SlowInhibitionUpdate());
    RunDescription d =
        RunDescription.builder()
            .ne(100)
            .nu(10)
            .seed(42)
            .steps(2000)
            .noiseSigma(0.04)
            .build();
    Simulation first = workbench.start(new RunRequest(d, null, null, List.of()));
    Simulation second = workbench.start(new RunRequest(d, null, null, List.of()));
    second.setParameter("eta_stdp", 0.3); // no stdp installed here: recorded, changes nothing
    NetworkState x = first.await();
    NetworkState y = second.await();
    assertNotNull(x);
    assertArrayEquals(((SornState) x).toSnapshot().wee, ((SornState) y).toSnapshot().wee);
    assertArrayEquals(x.te(), y.te());
    SornWorkbench alone = SornWorkbench.standalone();
    SimulationRun solo = alone.prepare(new RunRequest(d, null, null, List.of()), null, null);
    solo.run();
    assertArrayEquals(solo.state().te(), x.te());
  }
}
