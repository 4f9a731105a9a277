package org.sorn.python.bridge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sorn.api.StepListener;
import org.sorn.api.StepView;
import org.sorn.api.run.RunDescription;
import org.sorn.api.run.RunRequest;
import org.sorn.engine.SornWorkbench;
import org.sorn.python.PackageRun;
import org.sorn.python.PackageRunner;
import org.sorn.testkit.ReferenceWorkbench;

/**
 * The package's runners through the Workbench service with arrays in exchange buffers: the same
 * results on the caller's thread and on a thread of the run's own, what the engine computes, and
 * one-line errors for bad arguments.
 */
@Timeout(60)
class PackageRunsTest {
  private static final int NE = 30;
  private static final int NU = 5;
  private static final String[] ALL = {
    "ExcitatoryActivation", "InhibitoryActivation", "RecurrentActivation", "WEE", "WEI", "TE", "TI",
    "EEConnectionCounts", "EIConnectionCounts", "IEConnectionCounts"
  };

  private static final long WEIGHTS = DenseState.weightsLength(NE, 6);

  private final SornWorkbench workbench = ReferenceWorkbench.create();

  private PythonBridge bridge() {
    PythonBridge bridge = new PythonBridge();
    bridge.workbench = workbench;
    bridge.installedRecorders = List.of();
    return bridge;
  }

  private PackageRunner runner(String... callbacks) {
    return bridge().runner(NE, NU, true, new String[0], true, 0.04, new String[] {"eta_stdp"},
        new double[] {0.01}, new String[0], callbacks);
  }

  /** An exchange buffer with a seeded input of {@code steps} steps written in. */
  private static ByteBuffer exchange(PackageRunner runner, long steps) {
    ByteBuffer b = ByteBuffer.allocateDirect((int) runner.exchangeLength(steps) * 8)
        .order(ByteOrder.nativeOrder());
    SplittableRandom random = new SplittableRandom(5);
    DoubleBuffer d = b.asDoubleBuffer();
    for (int i = 0; i < NU * steps; i++) {
      d.put(i, random.nextDouble());
    }
    return b;
  }

  private static byte[] bytes(ByteBuffer b) {
    byte[] all = new byte[b.capacity()];
    b.get(0, all);
    return all;
  }

  @Test
  void onTheCallersThreadAndOnItsOwnTheRunWritesTheSameStateAndCallbacks() {
    PackageRunner runner = runner(ALL);
    ByteBuffer here = exchange(runner, 40);
    runner.runHere(7, 40, null, 0, null, 0, here);
    ByteBuffer started = exchange(runner, 40);
    PackageRun run = runner.start(7, 40, null, 0, null, 0, started);
    while (!run.awaitEnd(100)) {
      Thread.onSpinWait();
    }
    run.finish();
    assertArrayEquals(bytes(here), bytes(started));
    assertEquals(List.of(), workbench.simulations(), "both runs are forgotten");
  }

  /** Notes what the engine shows a listener of a run made without the front. */
  static final class Seen implements StepListener {
    final List<double[]> x = new ArrayList<>();
    final List<Long> eeCounts = new ArrayList<>();

    @Override
    public void beforePlasticity(StepView step) {
      eeCounts.add(org.sorn.api.fastpath.TrackedWeights.of(step.state().wee()).countPositive());
    }

    @Override
    public void afterStep(StepView step) {
      boolean[] after = step.state().x().after();
      double[] flags = new double[after.length];
      for (int i = 0; i < after.length; i++) {
        flags[i] = after[i] ? 1 : 0;
      }
      x.add(flags);
    }
  }

  @Test
  void theCallbacksAndTheStateAreWhatTheEngineComputesFromTheStateGiven() throws Exception {
    PackageRunner runner = runner("ExcitatoryActivation", "EEConnectionCounts");
    ByteBuffer first = exchange(runner, 30);
    runner.runHere(3, 30, null, 0, null, 0, first);
    long stateAt = 30L * NU;
    ByteBuffer second = exchange(runner, 20);
    runner.runHere(4, 20, first, stateAt, first, stateAt + WEIGHTS, second);

    Seen seen = new Seen();
    RunDescription d = RunDescription.builder().ne(NE).nu(NU).seed(4).steps(20)
        .parameter("eta_stdp", 0.01).build();
    var start = DenseState.read(first.asDoubleBuffer(), (int) stateAt, NE, 6);
    var input = new ColumnInput(second.asDoubleBuffer(), 20);
    var reference =
        ReferenceWorkbench.create().start(new RunRequest(d, start, input, List.of(seen)));
    var end = reference.await();

    ExchangeLayout layout = new ExchangeLayout(NE, 6, NU, 20,
        List.of(Callback.ExcitatoryActivation, Callback.EEConnectionCounts));
    DoubleBuffer doubles = second.asDoubleBuffer();
    for (int t = 0; t < 20; t++) {
      double[] row = new double[NE];
      doubles.get((int) layout.callback(0) + t * NE, row);
      assertArrayEquals(seen.x.get(t), row, "x(t+1) of step " + t);
      assertEquals((long) seen.eeCounts.get(t),
          second.asLongBuffer().get((int) layout.callback(1) + t), "EE count of step " + t);
    }
    ByteBuffer expected = ByteBuffer.allocateDirect((int) DenseState.length(NE, 6) * 8)
        .order(ByteOrder.nativeOrder());
    DenseState.write(end, expected.asDoubleBuffer(), 0);
    double[] want = new double[(int) DenseState.length(NE, 6)];
    double[] got = new double[want.length];
    expected.asDoubleBuffer().get(0, want);
    doubles.get((int) layout.state(), got);
    assertArrayEquals(want, got);
  }

  @Test
  void aStateReadAndWrittenBackIsTheSame() {
    PackageRunner runner = runner();
    ByteBuffer first = exchange(runner, 10);
    runner.runHere(1, 10, null, 0, null, 0, first);
    ByteBuffer none = exchange(runner, 0);
    runner.runHere(2, 0, first, 10L * NU, first, 10L * NU + WEIGHTS, none);
    double[] before = new double[(int) DenseState.length(NE, 6)];
    double[] after = new double[before.length];
    first.asDoubleBuffer().get(10 * NU, before);
    none.asDoubleBuffer().get(0, after);
    assertArrayEquals(before, after);
  }

  /** The input of step t of a seeded series, for runs of one step. */
  private static void input(ByteBuffer exchange, long t) {
    SplittableRandom random = new SplittableRandom(100 + t);
    for (int i = 0; i < NU; i++) {
      exchange.asDoubleBuffer().put(i, random.nextDouble());
    }
  }

  @Test
  void oneStepRunsWithTheStatePassedBackAreOneLongRunAndSeeChangesMadeInPlace() {
    PackageRunner runner = bridge().runner(NE, NU, true, new String[] {"sp"}, false, 0.04, null,
        null, null, null);
    ByteBuffer start = exchange(runner, 1);
    runner.runHere(1, 1, null, 0, null, 0, start);
    long at = NU;

    // 60 runs of one step, each from the state the last one left where it left it
    ByteBuffer held = start;
    for (long t = 0; t < 60; t++) {
      ByteBuffer next = exchange(runner, 1);
      input(next, t);
      runner.runHere(9, 1, held, at, held, at + WEIGHTS, next);
      held = next;
    }
    // the same 60 steps in one run
    ByteBuffer whole = ByteBuffer.allocateDirect((int) runner.exchangeLength(60) * 8)
        .order(ByteOrder.nativeOrder());
    for (long t = 0; t < 60; t++) {
      SplittableRandom random = new SplittableRandom(100 + t);
      for (int i = 0; i < NU; i++) {
        whole.asDoubleBuffer().put((int) (i * 60 + t), random.nextDouble());
      }
    }
    runner.runHere(9, 60, start, at, start, at + WEIGHTS, whole);
    double[] stepped = new double[(int) DenseState.length(NE, 6)];
    double[] inOne = new double[stepped.length];
    held.asDoubleBuffer().get((int) at, stepped);
    whole.asDoubleBuffer().get(60 * NU, inOne);
    assertArrayEquals(inOne, stepped);

    // a threshold changed in place where the caller holds the state: the next run starts from it
    ByteBuffer changed = exchange(runner, 1);
    held.asDoubleBuffer().put((int) (at + NE * NE + 2 * 6 * NE), 0.75); // Te[0]
    ByteBuffer copy = ByteBuffer.allocateDirect(held.capacity()).order(ByteOrder.nativeOrder());
    copy.put(0, held, 0, held.capacity());
    runner.runHere(9, 1, held, at, held, at + WEIGHTS, changed);
    ByteBuffer fromCopy = exchange(runner, 1);
    runner.runHere(9, 1, copy, at, copy, at + WEIGHTS, fromCopy);
    assertArrayEquals(bytes(fromCopy), bytes(changed));
  }

  @Test
  void inTheTrainingPhaseOnlyTheActivityOfAGivenStateIsWrittenBack() {
    PackageRunner fresh = runner();
    ByteBuffer first = exchange(fresh, 5);
    fresh.runHere(1, 5, null, 0, null, 0, first);
    PackageRunner training = bridge().runner(NE, NU, false, null, true, 0.04, null, null, null,
        null);
    ByteBuffer second = exchange(training, 5);
    double[] untouched = new double[(int) WEIGHTS];
    java.util.Arrays.fill(untouched, -7.0);
    second.asDoubleBuffer().put(5 * NU, untouched);
    training.runHere(2, 5, first, 5L * NU, first, 5L * NU + WEIGHTS, second);
    double[] weightsAfter = new double[(int) WEIGHTS];
    second.asDoubleBuffer().get(5 * NU, weightsAfter);
    assertArrayEquals(untouched, weightsAfter, "the weights and thresholds are the caller's");
    double[] x = new double[2 * NE];
    second.asDoubleBuffer().get((int) (5 * NU + WEIGHTS), x);
    assertTrue(java.util.Arrays.stream(x).allMatch(v -> v == 0 || v == 1));
    // a fresh network in the training phase is written whole
    ByteBuffer third = exchange(training, 5);
    second.asDoubleBuffer().put(5 * NU, untouched);
    training.runHere(3, 5, null, 0, null, 0, third);
    double[] fresh3 = new double[(int) WEIGHTS];
    third.asDoubleBuffer().get(5 * NU, fresh3);
    assertTrue(java.util.Arrays.stream(fresh3).noneMatch(v -> v == -7.0));
  }

  @Test
  void badArgumentsAreOneLineErrors() {
    IllegalArgumentException callback =
        assertThrows(IllegalArgumentException.class, () -> runner("ExcitatoryActivity"));
    assertTrue(callback.getMessage().startsWith(
        "callbacks: unknown callback 'ExcitatoryActivity', expected some of ExcitatoryActivation,"),
        callback.getMessage());
    IllegalArgumentException freeze =
        assertThrows(IllegalArgumentException.class, () -> bridge().runner(NE, NU, true,
            new String[] {"stpd"}, false, 0.04, null, null, null, null));
    assertEquals("freeze: unknown mechanism 'stpd', expected some of stdp, ip, sp, istdp, ss",
        freeze.getMessage());
    PackageRunner nan = bridge().runner(NE, NU, true, null, false, 0.04,
        new String[] {"eta_ip"}, new double[] {Double.NaN}, null, null);
    IllegalArgumentException value =
        assertThrows(IllegalArgumentException.class, () -> nan.runHere(1, 1, null, 0, null, 0,
            exchange(nan, 1)));
    assertEquals("eta_ip must be a finite number >= 0, got nan", value.getMessage());
    PackageRunner runner = runner();
    IllegalArgumentException small =
        assertThrows(IllegalArgumentException.class, () -> runner.runHere(1, 5, null, 0, null, 0,
            ByteBuffer.allocateDirect(8)));
    assertTrue(small.getMessage().startsWith("the exchange buffer holds 1 elements, the run of 5"
        + " steps needs "), small.getMessage());
    assertEquals(List.of(), workbench.simulations());
  }
}
