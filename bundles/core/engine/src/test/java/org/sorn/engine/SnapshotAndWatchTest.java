package org.sorn.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sorn.api.NetworkSnapshot;
import org.sorn.api.NetworkState;
import org.sorn.api.StepListener;
import org.sorn.api.StepView;
import org.sorn.api.run.RunDescription;
import org.sorn.api.run.RunEvent;
import org.sorn.api.run.RunRequest;
import org.sorn.api.run.RunStatus;
import org.sorn.api.run.Simulation;

/**
 * Fronts look at a running network through {@link Simulation#snapshot()} and {@link
 * Simulation#watch}: a snapshot is the state at a step boundary, a watcher sees the steps from a
 * boundary on, and neither changes what the run computes.
 */
@Timeout(30)
class SnapshotAndWatchTest {

  private static RunDescription description(long steps) {
    return RunDescription.builder().ne(60).nu(6).seed(11).steps(steps).build();
  }

  private static SornWorkbench workbench() {
    return SornWorkbench.standalone(); // the engine's update and noise: activity moves each step
  }

  private static void awaitStatus(Simulation run, RunStatus status) throws InterruptedException {
    while (run.status() != status) {
      Thread.sleep(1);
    }
  }

  private static void assertSameState(NetworkState expected, NetworkState actual) {
    NetworkSnapshot a = ((SornState) expected).toSnapshot();
    NetworkSnapshot b = ((SornState) actual).toSnapshot();
    assertArrayEquals(a.wee, b.wee);
    assertArrayEquals(a.wei, b.wei);
    assertArrayEquals(a.wie, b.wie);
    assertArrayEquals(a.te, b.te);
    assertArrayEquals(a.ti, b.ti);
    assertArrayEquals(a.x, b.x);
    assertArrayEquals(a.y, b.y);
    assertEquals(expected.step(), actual.step());
  }

  @Test
  void aSnapshotOfAPausedRunIsItsStateAtThatStepAndChangesNothing() throws Exception {
    NetworkState at300 = workbench().start(new RunRequest(description(300), null, null, List.of())).await();
    NetworkState at600 = workbench().start(new RunRequest(description(600), null, null, List.of())).await();

    Simulation run = workbench().create(new RunRequest(description(600), null, null, List.of()), null);
    run.pauseAt(300);
    run.start();
    awaitStatus(run, RunStatus.PAUSED);
    NetworkState copy = run.snapshot().get(10, TimeUnit.SECONDS);
    assertSameState(at300, copy);
    run.resume();
    NetworkState end = run.await();

    assertSameState(at600, end);
    assertSameState(at300, copy); // the copy did not move with the run
    assertNotSame(end, copy);
  }

  @Test
  void aSnapshotOfAnEndedRunIsItsFinalStateAndOneOfARunningRunArrives() throws Exception {
    Simulation ended = workbench().start(new RunRequest(description(50), null, null, List.of()));
    NetworkState end = ended.await();
    assertSameState(end, ended.snapshot().get(10, TimeUnit.SECONDS));

    Simulation running = workbench().start(new RunRequest(description(2_000_000), null, null, List.of()));
    NetworkState copy = running.snapshot().get(10, TimeUnit.SECONDS);
    assertTrue(copy.step() >= 0 && copy.step() <= 2_000_000);
    running.stop();
    running.await();
  }

  /** Notes the steps it sees and the events it is told. */
  static final class Watcher implements StepListener {
    final List<Long> steps = new CopyOnWriteArrayList<>();
    final List<String> events = new CopyOnWriteArrayList<>();
    volatile boolean closed;
    final long failAt;

    Watcher(long failAt) {
      this.failAt = failAt;
    }

    @Override
    public void afterStep(StepView step) {
      if (step.step() == failAt) {
        throw new IllegalStateException("a viewer that breaks");
      }
      steps.add(step.step());
    }

    @Override
    public void onEvent(RunEvent event) {
      events.add(event.kind() + "@" + event.step());
    }

    @Override
    public void close() throws IOException {
      closed = true;
    }
  }

  @Test
  void aWatcherSeesTheStepsFromABoundaryUntilItIsClosed() throws Exception {
    Simulation run = workbench().create(new RunRequest(description(200), null, null, List.of()), null);
    run.pauseAt(50);
    run.start();
    awaitStatus(run, RunStatus.PAUSED);
    Watcher w = new Watcher(-1);
    Simulation.Watch watch = run.watch(w);
    run.pauseAt(120);
    run.resume();
    while (run.stepsDone() < 120 || run.status() != RunStatus.PAUSED) {
      Thread.sleep(1);
    }
    watch.close();
    run.resume();
    run.await();

    assertEquals(java.util.stream.LongStream.range(50, 120).boxed().toList(), w.steps);
    assertTrue(w.events.contains("resume@50"), w.events.toString());
    assertTrue(w.events.contains("pause@120"), w.events.toString());
    assertTrue(w.closed);
  }

  @Test
  void aWatcherThatThrowsIsDetachedAndTheRunIsUnchanged() throws Exception {
    NetworkState alone = workbench().start(new RunRequest(description(300), null, null, List.of())).await();

    Simulation run = workbench().create(new RunRequest(description(300), null, null, List.of()), null);
    run.pauseAt(10);
    run.start();
    awaitStatus(run, RunStatus.PAUSED);
    Watcher breaks = new Watcher(100);
    Watcher stays = new Watcher(-1);
    run.watch(breaks);
    run.watch(stays);
    run.resume();
    NetworkState end = run.await();

    assertEquals(RunStatus.COMPLETED, run.status());
    assertSameState(alone, end);
    assertEquals(java.util.stream.LongStream.range(10, 100).boxed().toList(), breaks.steps);
    assertTrue(breaks.closed);
    assertEquals(290, stays.steps.size());
    assertTrue(stays.closed, "the run's end closes the watchers still attached");
  }
}
