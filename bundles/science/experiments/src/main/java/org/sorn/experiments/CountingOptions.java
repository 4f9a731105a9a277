package org.sorn.experiments;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The options of {@code experiment counting}, checked: every bad value is an
 * IllegalArgumentException whose message names the option and what it takes.
 */
record CountingOptions(
    List<Integer> ns,
    List<Long> seeds,
    List<Condition> conditions,
    Setup setup,
    int plasticSteps,
    int trainSteps,
    int testSteps,
    int jobs,
    int ne,
    int unitsPerSymbol,
    double ridge,
    Path out) {

  static final String USAGE =
      "usage: experiment counting [--n 4,8,12] [--seeds 1,2,3]"
          + " [--conditions sorn,static,ip-only,stdp-only] [--setup lab|package]"
          + " [--plastic-steps 50000] [--train-steps 5000] [--test-steps 5000] [--jobs N]"
          + " [--ne 200] [--units-per-symbol 10] [--ridge 0] --out DIR";

  /** Parses the arguments after {@code counting}. */
  static CountingOptions parse(List<String> args, int cores) {
    List<Integer> ns = List.of(4, 8, 12);
    List<Long> seeds = List.of(1L, 2L, 3L);
    List<Condition> conditions = List.of(Condition.values());
    Setup setup = Setup.LAB;
    int plastic = 50_000;
    int train = 5_000;
    int test = 5_000;
    int jobs = cores;
    int ne = 200;
    int unitsPerSymbol = 10;
    double ridge = 0.0;
    Path out = null;
    for (String[] pair : OptionValues.pairs(args, Set.of(), USAGE)) {
      String name = pair[0];
      String value = pair[1];
      String option = name;
      switch (option) {
        case "--n" -> ns = OptionValues.list(option, value, v -> OptionValues.count(option, v, 1));
        case "--seeds" -> seeds = OptionValues.list(option, value, v -> OptionValues.seed(option, v));
        case "--conditions" -> conditions = OptionValues.list(name, value, Condition::parse);
        case "--setup" -> setup = Setup.parse(value);
        case "--plastic-steps" -> plastic = OptionValues.count(name, value, 0);
        case "--train-steps" -> train = OptionValues.count(name, value, 1);
        case "--test-steps" -> test = OptionValues.count(name, value, 1);
        case "--jobs" -> jobs = OptionValues.count(name, value, 1);
        case "--ne" -> ne = OptionValues.count(name, value, 5);
        case "--units-per-symbol" -> unitsPerSymbol = OptionValues.count(name, value, 1);
        case "--ridge" -> ridge = OptionValues.nonNegative(name, value);
        case "--out" -> out = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + name + "; " + USAGE);
      }
    }
    if (out == null) {
      throw new IllegalArgumentException("--out DIR is required; " + USAGE);
    }
    if (6 * unitsPerSymbol > ne) {
      throw new IllegalArgumentException(
          "--units-per-symbol " + unitsPerSymbol + " gives 6 pools of " + 6 * unitsPerSymbol
              + " input units, more than --ne " + ne);
    }
    return new CountingOptions(
        ns, seeds, conditions, setup, plastic, train, test, jobs, ne, unitsPerSymbol, ridge, out);
  }

  /** The number of runs: one per condition, n and seed. */
  int runs() {
    return conditions.size() * ns.size() * seeds.size();
  }
}
