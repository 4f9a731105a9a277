package org.sorn.readout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;
import org.sorn.api.Activity;
import org.sorn.api.NetworkState;
import org.sorn.api.StepView;

class StateRecorderTest {

  /** A step whose excitatory state after the step is {@code after}; nothing else is asked. */
  private static StepView step(long t, boolean[] after) {
    Activity x = proxy(Activity.class, "after", after);
    NetworkState state = proxy(NetworkState.class, "x", x);
    return new StepView() {
      @Override
      public long step() {
        return t;
      }

      @Override
      public NetworkState state() {
        return state;
      }

      @Override
      public double[] input() {
        return new double[0];
      }

      @Override
      public boolean[] recurrentActivation() {
        return new boolean[0];
      }
    };
  }

  private static <T> T proxy(Class<T> type, String method, Object value) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (p, m, args) -> {
              if (m.getName().equals(method)) {
                return value;
              }
              throw new UnsupportedOperationException(m.getName());
            }));
  }

  @Test
  void keepsTheStatesAfterTheStepsOfItsWindowOnly() throws Exception {
    StateRecorder recorder = new StateRecorder(10, 2, 3);
    recorder.afterStep(step(9, new boolean[] {true, true, true}));
    recorder.afterStep(step(10, new boolean[] {true, false, false}));
    recorder.afterStep(step(11, new boolean[] {false, true, true}));
    recorder.afterStep(step(12, new boolean[] {true, true, true}));
    assertArrayEquals(new double[][] {{1, 0, 0}, {0, 1, 1}}, recorder.states());
  }
}
