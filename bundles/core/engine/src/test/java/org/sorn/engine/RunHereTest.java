package org.sorn.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sorn.api.NetworkSnapshot;
import org.sorn.api.StepListener;
import org.sorn.api.StepView;
import org.sorn.api.run.RunDescription;
import org.sorn.api.run.RunRequest;
import org.sorn.api.run.RunStatus;
import org.sorn.api.run.Simulation;

/**
 * {@link Simulation#runHere()} makes a run on the calling thread, with the results {@link
 * Simulation#start()} gives: what a front making one step per call uses instead of a thread.
 */
@Timeout(30)
class RunHereTest {

  private static RunRequest request(List<StepListener> listeners) {
    RunDescription d = RunDescription.builder().ne(60).nu(6).seed(3).steps(400).build();
    return new RunRequest(d, null, null, listeners);
  }

  /** Notes the threads that make the steps. */
  static final class Threads implements StepListener {
    final Set<Thread> seen = ConcurrentHashMap.newKeySet();

    @Override
    public void afterStep(StepView step) {
      seen.add(Thread.currentThread());
    }
  }

  @Test
  void theRunIsMadeOnTheCallingThreadWithTheResultsOfAStartedRun() throws Exception {
    Threads started = new Threads();
    Simulation reference = SornWorkbench.standalone().start(request(List.of(started)));
    NetworkSnapshot expected = ((SornState) reference.await()).toSnapshot();

    Threads here = new Threads();
    Simulation run = SornWorkbench.standalone().create(request(List.of(here)), null);
    run.runHere();

    assertEquals(RunStatus.COMPLETED, run.status());
    assertEquals(400, run.stepsDone());
    assertEquals(Set.of(Thread.currentThread()), here.seen);
    assertEquals(1, started.seen.size());
    assertEquals(false, started.seen.contains(Thread.currentThread()));
    NetworkSnapshot actual = ((SornState) run.await()).toSnapshot();
    assertArrayEquals(expected.wee, actual.wee);
    assertArrayEquals(expected.wei, actual.wei);
    assertArrayEquals(expected.te, actual.te);
    assertArrayEquals(expected.x, actual.x);
    assertArrayEquals(expected.y, actual.y);
    assertSame(run.await(), run.await());
  }

  @Test
  void aRunIsMadeOnceOnly() throws Exception {
    Simulation run = SornWorkbench.standalone().create(request(List.of()), null);
    run.runHere();
    assertThrows(IllegalStateException.class, run::runHere);
    assertThrows(IllegalStateException.class, run::start);
  }

  @Test
  void aFailureEndsTheRunAndIsReportedAsForAStartedRun() throws Exception {
    StepListener breaks = step -> {
      throw new IllegalStateException("listener broke at step " + step.step());
    };
    Simulation run = SornWorkbench.standalone().create(request(List.of(breaks)), null);
    run.runHere();
    assertEquals(RunStatus.FAILED, run.status());
    assertEquals("listener broke at step 0", run.failure());
  }

  /** Records the level and message of each entry the engine logs. */
  private static org.osgi.service.log.LoggerFactory recording(List<String> lines) {
    org.osgi.service.log.Logger logger = (org.osgi.service.log.Logger) java.lang.reflect.Proxy
        .newProxyInstance(RunHereTest.class.getClassLoader(),
            new Class<?>[] {org.osgi.service.log.Logger.class}, (proxy, method, args) -> {
              if (args != null && args.length >= 2) {
                lines.add(method.getName() + " " + args[1]);
              }
              return method.getReturnType() == boolean.class ? Boolean.TRUE : null;
            });
    return (org.osgi.service.log.LoggerFactory) java.lang.reflect.Proxy.newProxyInstance(
        RunHereTest.class.getClassLoader(),
        new Class<?>[] {org.osgi.service.log.LoggerFactory.class},
        (proxy, method, args) -> method.getName().equals("getLogger") ? logger : null);
  }

  @Test
  void aRunMadeHereIsLoggedAtDebugLevelAndAStartedOneAtInfo() throws Exception {
    List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
    SornWorkbench workbench = SornWorkbench.standalone();
    workbench.logs = recording(lines);
    Simulation here = workbench.create(request(List.of()), null);
    here.runHere();
    Simulation started = workbench.start(request(List.of()));
    started.await();
    assertEquals(List.of(
        "debug " + here.id() + " started at step 0 of 400",
        "debug " + here.id() + " completed after 400 steps",
        "info " + started.id() + " started at step 0 of 400",
        "info " + started.id() + " completed after 400 steps"), lines);
  }
}
