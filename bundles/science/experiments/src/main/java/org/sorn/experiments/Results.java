package org.sorn.experiments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sorn.api.Hyperparameters;

/** results.csv, results.md and scores.png of a counting experiment. */
final class Results {
  static final String CSV_HEADER = "condition,n,seed,accuracy,end_accuracy,position_accuracy";

  private Results() {}

  static void write(CountingOptions o, String command, List<RunResult> results, double seconds)
      throws IOException {
    Files.writeString(o.out().resolve("results.csv"), csv(results), StandardCharsets.UTF_8);
    Files.writeString(
        o.out().resolve("results.md"), markdown(o, command, results, seconds), StandardCharsets.UTF_8);
    ScoresPlot.write(o.out().resolve("scores.png"), o, Summary.of(results));
  }

  static String csv(List<RunResult> results) {
    StringBuilder b = new StringBuilder(CSV_HEADER).append('\n');
    for (RunResult r : results) {
      Scores s = r.scores();
      b.append(String.format(
          Locale.ROOT, "%s,%d,%d,%s,%s,%s%n", r.condition().label(), r.n(), r.seed(),
          number(s.accuracy()), number(s.endAccuracy()), number(s.positionAccuracy())));
    }
    return b.toString();
  }

  private static String number(double v) {
    return Double.isNaN(v) ? "NaN" : String.format(Locale.ROOT, "%.4f", v);
  }

  static String markdown(CountingOptions o, String command, List<RunResult> results, double seconds) {
    StringBuilder b = new StringBuilder("# Counting task: SORN against controls\n\n");
    b.append("Command: `").append(command).append("`  \n");
    b.append(String.format(Locale.ROOT, "Wall time: %.0f s with %d jobs.%n%n", seconds, o.jobs()));
    b.append("## Set-up\n\n");
    b.append("| | |\n|---|---|\n");
    b.append("| set-up | `").append(o.setup().label()).append("` |\n");
    b.append("| task | words `a b^n c`, `d e^n f`, each with probability 0.5; n in ")
        .append(o.ns()).append(" |\n");
    b.append("| network | ne = ").append(o.ne()).append(", ni = ")
        .append(Hyperparameters.inhibitoryCount(o.ne())).append(", 6 symbols x N_U = ")
        .append(o.unitsPerSymbol()).append(" input units, input 1.0 on the current symbol's pool |\n");
    b.append("| variants | ").append(o.setup().variants().isEmpty() ? "the package's" : new TreeMap<>(o.setup().variants())).append(" |\n");
    b.append("| noise | ").append(o.setup().noise() ? "Gaussian, sigma 0.04 (all phases)" : "none").append(" |\n");
    Map<String, Double> p = new TreeMap<>(o.setup().parameters(o.ne(), o.unitsPerSymbol()));
    b.append("| parameters | ").append(p.isEmpty() ? "the package's defaults" : p + ", the rest the package's defaults").append(" |\n");
    for (Condition c : o.conditions()) {
      b.append("| `").append(c.label()).append("` | frozen in the plastic phase: ")
          .append(c.frozen(o.setup())).append(" |\n");
    }
    b.append("| protocol | ").append(o.plasticSteps()).append(" plastic steps; then plasticity off: ")
        .append(o.trainSteps()).append(" steps to train the readouts, ").append(o.testSteps())
        .append(" to test them |\n");
    b.append("| readout | linear, on x(t+1) of all E units and a bias, ")
        .append(o.ridge() == 0 ? "least squares (pseudo-inverse)" : "ridge " + o.ridge())
        .append("; class = highest score |\n");
    b.append("| seeds | ").append(o.seeds()).append(" |\n\n");
    b.append("Scores on the test steps: `accuracy` = next symbol, on the predictable symbols (not the")
        .append(" first of a word); `end_accuracy` = next symbol where it is c or f (after the last b or e);")
        .append(" `position_accuracy` = a second readout of the current symbol's position in its word.\n\n");
    b.append("## Mean (standard deviation) over seeds\n\n");
    b.append("| condition | n | accuracy | end_accuracy | position_accuracy |\n|---|---|---|---|---|\n");
    for (Summary.Row row : Summary.of(results).rows()) {
      b.append(String.format(
          Locale.ROOT, "| %s | %d | %s | %s | %s |%n", row.condition().label(), row.n(),
          meanSd(row.accuracy()), meanSd(row.endAccuracy()), meanSd(row.positionAccuracy())));
    }
    b.append("\n## Every run (results.csv)\n\n");
    b.append("| condition | n | seed | accuracy | end_accuracy | position_accuracy |\n")
        .append("|---|---|---|---|---|---|\n");
    for (RunResult r : results) {
      Scores s = r.scores();
      b.append(String.format(
          Locale.ROOT, "| %s | %d | %d | %s | %s | %s |%n", r.condition().label(), r.n(), r.seed(),
          number(s.accuracy()), number(s.endAccuracy()), number(s.positionAccuracy())));
    }
    b.append("\n![scores against n](scores.png)\n");
    return b.toString();
  }

  private static String meanSd(Summary.Stat s) {
    return String.format(Locale.ROOT, "%.3f (%.3f)", s.mean(), s.sd());
  }
}
