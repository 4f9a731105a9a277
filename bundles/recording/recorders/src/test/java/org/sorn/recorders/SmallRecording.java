package org.sorn.recorders;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sorn.engine.SornState;

/**
 * Three steps of the small network (ne = 5, ni = 1) recorded by every recorder, W^EE every other
 * step: the values the exporters' tests check their files against.
 */
public final class SmallRecording {
  private static final boolean T = true;
  private static final boolean F = false;

  public static final boolean[][] X = {{T, T, F, F, F}, {F, T, T, F, T}, {F, F, F, F, F}};
  public static final boolean[][] Y = {{F}, {T}, {T}};
  public static final boolean[][] R = {{F, T, F, F, F}, {F, F, T, F, T}, {T, F, F, F, F}};
  public static final long[] EE_COUNTS = {8, 7, 8};
  public static final long[] ACTIVITY = {2, 0, 3, 1, 0, 1};
  public static final int[] SPIKES = {0, 0, 0, 1, 1, 1, 1, 2, 1, 4};

  /** The plasticity of the three steps: a pruned synapse, a new one, thresholds that move. */
  public static final List<RecordedRun.Plasticity> PLASTICITY =
      List.of(
          s -> {
            s.wee().set(0, 1, 0.0);
            s.te()[0] = 0.1 + 0.2;
          },
          s -> {
            s.wee().set(3, 4, 0.001);
            s.wei().set(0, 1, 0.0625);
          },
          s -> s.te()[4] = 1.0);

  /** Records the three steps into {@code dir}; returns the state after them. */
  public static SornState record(Path dir) throws IOException {
    SornState state = RecordedRun.smallState();
    RecordedRun run =
        new RecordedRun(dir, state, RecordedRun.all(), Map.of("record.WEE.every", 2.0), 3);
    for (int t = 0; t < 3; t++) {
      run.step(X[t], Y[t], R[t], PLASTICITY.get(t));
    }
    run.close();
    return state;
  }

  private SmallRecording() {}
}
