package org.sorn.plots;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Optional;
import org.sorn.statistics.Avalanches;
import org.sorn.statistics.FiringRate;
import org.sorn.statistics.HeavyTailAnalysis;

/**
 * The avalanches of a recorded activity and their tests, for the plots: the fits are made here
 * (they take a second), the bootstrap's goodness of fit is taken from analysis.json when that
 * analysed the same avalanches (it takes minutes), and the verdict says which.
 */
final class AvalancheFigures {
  private AvalancheFigures() {}

  static void draw(boolean sizes, boolean[][] train, Optional<JsonNode> analysis, Surface out)
      throws IOException {
    Avalanches a = Avalanches.of(FiringRate.ofNetwork(train));
    long[] values = sizes ? a.sizes() : a.durations();
    String what = sizes ? "size" : "duration";
    HeavyTailAnalysis tests = null;
    String verdict;
    try {
      double[] data = new double[values.length];
      for (int i = 0; i < values.length; i++) {
        data[i] = values[i];
      }
      tests = HeavyTailAnalysis.of(data, true, 0, 0, 1, null);
      verdict = fromAnalysis(analysis, a, train.length, sizes ? "size_tail" : "duration_tail")
          .orElse(tests.verdict() + " (./sorn analyze makes the bootstrap)");
    } catch (IllegalArgumentException e) {
      verdict = "not fitted: " + e.getMessage();
    }
    AvalanchePlots.distribution(what, values, tests, verdict, a.threshold(), out);
  }

  /** The verdict of analysis.json when it counted the same avalanches over as many steps. */
  private static Optional<String> fromAnalysis(Optional<JsonNode> analysis, Avalanches a,
      int steps, String tail) {
    return analysis.filter(j -> j.path("steps_analysed").asLong(-1) == steps)
        .map(j -> j.path("avalanches"))
        .filter(av -> av.path("count").asLong(-1) == a.count()
            && av.path("threshold").asLong(-1) == a.threshold())
        .map(av -> av.path(tail).path("verdict"))
        .filter(JsonNode::isTextual)
        .map(JsonNode::asText);
  }
}
