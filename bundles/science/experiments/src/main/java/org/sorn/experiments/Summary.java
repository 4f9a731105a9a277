package org.sorn.experiments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Means and standard deviations over seeds, per condition and n. */
record Summary(List<Row> rows) {

  /** Mean and sample standard deviation (0 for one seed) of the finite values. */
  record Stat(double mean, double sd) {
    static Stat of(List<Double> values) {
      List<Double> finite = values.stream().filter(Double::isFinite).toList();
      if (finite.isEmpty()) {
        return new Stat(Double.NaN, Double.NaN);
      }
      double mean = finite.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
      double squares = finite.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
      return new Stat(mean, finite.size() > 1 ? Math.sqrt(squares / (finite.size() - 1)) : 0.0);
    }
  }

  record Row(Condition condition, int n, Stat accuracy, Stat endAccuracy, Stat positionAccuracy) {}

  /** Rows in the order of the results (condition, then n). */
  static Summary of(List<RunResult> results) {
    Map<String, List<RunResult>> groups = new LinkedHashMap<>();
    for (RunResult r : results) {
      groups.computeIfAbsent(r.condition().label() + "/" + r.n(), k -> new ArrayList<>()).add(r);
    }
    List<Row> rows = new ArrayList<>();
    for (List<RunResult> g : groups.values()) {
      rows.add(new Row(
          g.get(0).condition(), g.get(0).n(),
          stat(g, s -> s.accuracy()), stat(g, s -> s.endAccuracy()), stat(g, s -> s.positionAccuracy())));
    }
    return new Summary(rows);
  }

  private static Stat stat(List<RunResult> group, ToDoubleFunction<Scores> score) {
    return Stat.of(group.stream().map(r -> score.applyAsDouble(r.scores())).toList());
  }
}
