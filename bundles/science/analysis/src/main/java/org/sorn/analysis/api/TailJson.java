package org.sorn.analysis.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.sorn.statistics.HeavyTailAnalysis;

/** The heavy-tail analysis of avalanche sizes or durations, as analysis.json holds it. */
final class TailJson {
  /** Progress is told only for a bootstrap that has run this long. */
  private static final long QUIET_NANOS = 2_000_000_000L;

  private TailJson() {}

  /**
   * The analysis of {@code values}, with the bootstraps of {@code settings}; a note instead when
   * the values cannot be fitted (fewer than 3 distinct).
   *
   * @param what the values in words, for the progress lines
   */
  static Map<String, Object> of(long[] values, String what, AnalysisSettings settings,
      Consumer<String> progress) {
    double[] data = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      data[i] = values[i];
    }
    try {
      return HeavyTailAnalysis.of(data, true, settings.bootstraps(), settings.seed(),
          Runtime.getRuntime().availableProcessors(),
          new Progress(what, settings.bootstraps(), progress)).toMap();
    } catch (IllegalArgumentException e) {
      // too few avalanches is a result, not a failure of the command
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("verdict", "not fitted: " + e.getMessage());
      m.put("note", e.getMessage());
      return m;
    }
  }

  /** A line at each tenth of a bootstrap that takes more than two seconds. */
  private static final class Progress implements IntConsumer {
    private final String what;
    private final int total;
    private final Consumer<String> out;
    private final long start = System.nanoTime();
    private int tenthsTold;

    Progress(String what, int total, Consumer<String> out) {
      this.what = what;
      this.total = total;
      this.out = out;
    }

    @Override
    public synchronized void accept(int done) {
      long elapsed = System.nanoTime() - start;
      int tenths = (int) (10L * done / total);
      if (elapsed > QUIET_NANOS && tenths > tenthsTold) {
        tenthsTold = tenths;
        out.accept(String.format(java.util.Locale.ROOT,
            "goodness of fit of the %s: %d of %d bootstrap samples (%.0f s)", what, done, total,
            elapsed / 1e9));
      }
    }
  }
}
