package org.sorn.experiments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

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
    for (int a = 0; a < args.size(); a++) {
      String arg = args.get(a);
      String name = arg;
      String value;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      } else if (arg.startsWith("--") && a + 1 < args.size()) {
        value = args.get(++a);
      } else if (arg.startsWith("--")) {
        throw new IllegalArgumentException(arg + " needs a value");
      } else {
        throw new IllegalArgumentException("unexpected argument '" + arg + "'; " + USAGE);
      }
      String option = name;
      switch (option) {
        case "--n" -> ns = list(option, value, v -> count(option, v, 1));
        case "--seeds" -> seeds = list(option, value, v -> seed(option, v));
        case "--conditions" -> conditions = list(name, value, Condition::parse);
        case "--setup" -> setup = Setup.parse(value);
        case "--plastic-steps" -> plastic = count(name, value, 0);
        case "--train-steps" -> train = count(name, value, 1);
        case "--test-steps" -> test = count(name, value, 1);
        case "--jobs" -> jobs = count(name, value, 1);
        case "--ne" -> ne = count(name, value, 5);
        case "--units-per-symbol" -> unitsPerSymbol = count(name, value, 1);
        case "--ridge" -> ridge = nonNegative(name, value);
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

  /** Comma-separated values, duplicates dropped, order kept. */
  private static <T> List<T> list(String name, String value, Function<String, T> parse) {
    LinkedHashSet<T> items = new LinkedHashSet<>();
    for (String part : value.split(",", -1)) {
      if (part.isBlank()) {
        throw new IllegalArgumentException(name + " takes a comma-separated list, got '" + value + "'");
      }
      items.add(parse.apply(part.trim()));
    }
    return new ArrayList<>(items);
  }

  private static int count(String name, String value, int min) {
    try {
      int v = Integer.parseInt(value);
      if (v >= min) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below, with the option's name
    }
    throw new IllegalArgumentException(name + " must be an integer >= " + min + ", got '" + value + "'");
  }

  private static long seed(String name, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " takes integers, got '" + value + "'");
    }
  }

  private static double nonNegative(String name, String value) {
    try {
      double v = Double.parseDouble(value);
      if (v >= 0 && Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + " must be a number >= 0, got '" + value + "'");
  }

  /** The number of runs: one per condition, n and seed. */
  int runs() {
    return conditions.size() * ns.size() * seeds.size();
  }
}
