package org.sorn.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sorn.api.NetworkSnapshot;
import org.sorn.api.NetworkState;
import org.sorn.api.RunContext;
import org.sorn.api.StepListener;
import org.sorn.api.run.MechanismRecord;
import org.sorn.api.run.RunDescription;
import org.sorn.api.run.RunRequest;
import org.sorn.api.run.Simulation;
import org.sorn.api.run.Workbench;

/**
 * {@link Workbench#create(RunRequest, NetworkState, Function)}: a run started from a state the
 * workbench handed out is the run started from that state's dense copy, and leaves it unchanged.
 */
@Timeout(30)
class StartFromStateTest {

  private static RunDescription description(long seed, long steps) {
    return RunDescription.builder().ne(60).nu(6).seed(seed).steps(steps).build();
  }

  private static NetworkSnapshot dense(NetworkState s) {
    return ((SornState) s).toSnapshot();
  }

  private static void assertSame(NetworkSnapshot a, NetworkSnapshot b) {
    assertArrayEquals(a.wee, b.wee);
    assertArrayEquals(a.wei, b.wei);
    assertArrayEquals(a.wie, b.wie);
    assertArrayEquals(a.te, b.te);
    assertArrayEquals(a.ti, b.ti);
    assertArrayEquals(a.x, b.x);
    assertArrayEquals(a.y, b.y);
  }

  @Test
  void aRunFromAnEndedRunsStateIsTheRunFromItsDenseCopy() throws Exception {
    SornWorkbench workbench = SornWorkbench.standalone();
    Simulation first = workbench.start(new RunRequest(description(1, 150), null, null, List.of()));
    NetworkState end = first.await();
    NetworkSnapshot before = dense(end);

    Simulation fromState =
        workbench.create(new RunRequest(description(2, 200), null, null, List.of()), end, null);
    fromState.runHere();
    Simulation fromCopy =
        workbench.create(new RunRequest(description(2, 200), before, null, List.of()), null);
    fromCopy.runHere();

    assertSame(dense(fromCopy.await()), dense(fromState.await()));
    assertEquals(200, fromState.await().step(), "the new run counts its own steps");
    assertSame(before, dense(end)); // the state it started from is unchanged
  }

  @Test
  void theDefaultGoesThroughADenseCopyWithTheSameResult() throws Exception {
    SornWorkbench engine = SornWorkbench.standalone();
    NetworkState end =
        engine.start(new RunRequest(description(1, 80), null, null, List.of())).await();
    Workbench viaDefault = new Delegating(engine);
    Simulation a =
        viaDefault.create(new RunRequest(description(4, 90), null, null, List.of()), end, null);
    a.runHere();
    Simulation b =
        engine.create(new RunRequest(description(4, 90), null, null, List.of()), end, null);
    b.runHere();
    assertSame(dense(a.await()), dense(b.await()));
  }

  @Test
  void aStateAndAnInitialStateOrAStateOfAnotherSizeAreRefused() throws Exception {
    SornWorkbench workbench = SornWorkbench.standalone();
    NetworkState end =
        workbench.start(new RunRequest(description(1, 5), null, null, List.of())).await();
    IllegalArgumentException both =
        assertThrows(IllegalArgumentException.class, () -> workbench.create(
            new RunRequest(description(1, 5), dense(end), null, List.of()), end, null));
    assertEquals("a run starts from its request's initial state or from a given state, not both",
        both.getMessage());
    RunDescription bigger = RunDescription.builder().ne(80).nu(6).steps(5).build();
    IllegalArgumentException size =
        assertThrows(IllegalArgumentException.class, () -> workbench.create(
            new RunRequest(bigger, null, null, List.of()), end, null));
    assertEquals("the state to start from has ne=60, the run ne=80", size.getMessage());
  }

  /** A Workbench that keeps the interface's default for starting from a state. */
  private record Delegating(SornWorkbench engine) implements Workbench {
    @Override
    public Simulation start(RunRequest request) {
      return engine.start(request);
    }

    @Override
    public Simulation start(RunRequest request, Function<RunContext, List<StepListener>> l) {
      return engine.start(request, l);
    }

    @Override
    public Simulation create(RunRequest request, Function<RunContext, List<StepListener>> l) {
      return engine.create(request, l);
    }

    @Override
    public Simulation resume(
        Path checkpoint, RunRequest request, Function<RunContext, List<StepListener>> l) {
      return engine.resume(checkpoint, request, l);
    }

    @Override
    public org.sorn.api.NetworkState checkpointState(Path checkpoint) {
      return engine.checkpointState(checkpoint);
    }

    @Override
    public List<MechanismRecord> mechanisms() {
      return engine.mechanisms();
    }

    @Override
    public Simulation simulation(String id) {
      return engine.simulation(id);
    }

    @Override
    public List<Simulation> simulations() {
      return engine.simulations();
    }

    @Override
    public void discard(String id) {
      engine.discard(id);
    }
  }
}
