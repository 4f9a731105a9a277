package org.sorn.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The options of {@code bench}, checked: every bad value is an IllegalArgumentException whose
 * message names the option and what it takes.
 *
 * @param sizes the values of ne to measure, in order
 * @param seconds length of the measurement window of each network, after its warm-up
 * @param warmup seconds each network runs before the window opens (JIT, activity settling)
 * @param seed seed of every run
 * @param lambdaIe in-degree of each inhibitory unit for the {@code sizes} (0: dense W^IE)
 * @param large whether the large sparse network ({@link BenchCase#LARGE}) is measured after them
 */
record BenchOptions(
    List<Integer> sizes, double seconds, double warmup, long seed, double lambdaIe, boolean large) {

  static final List<Integer> DEFAULT_SIZES = List.of(200, 1_000, 4_000, 10_000);

  /** The options that take a value. */
  private static final Set<String> VALUED =
      Set.of("--sizes", "--seconds", "--warmup", "--seed", "--lambda-ie");

  static final String USAGE =
      "usage: bench [--sizes 200,1000,4000,10000] [--seconds 10] [--warmup 3] [--seed 1]"
          + " [--lambda-ie N] [--large]";

  /** Parses the arguments after {@code bench}. */
  static BenchOptions parse(List<String> args) {
    List<Integer> sizes = DEFAULT_SIZES;
    double seconds = 10;
    double warmup = 3;
    long seed = 1;
    double lambdaIe = 0;
    boolean large = false;
    for (int a = 0; a < args.size(); a++) {
      String arg = args.get(a);
      if (arg.equals("--large")) {
        large = true;
        continue;
      }
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument '" + arg + "'; " + USAGE);
      }
      int eq = arg.indexOf('=');
      String name = eq > 0 ? arg.substring(0, eq) : arg;
      if (!VALUED.contains(name)) {
        throw new IllegalArgumentException("unknown option " + name + "; " + USAGE);
      }
      String value;
      if (eq > 0) {
        value = arg.substring(eq + 1);
      } else if (a + 1 < args.size()) {
        value = args.get(++a);
      } else {
        throw new IllegalArgumentException(name + " needs a value; " + USAGE);
      }
      switch (name) {
        case "--sizes" -> sizes = sizes(name, value);
        case "--seconds" -> seconds = positive(name, value, false);
        case "--warmup" -> warmup = positive(name, value, true);
        case "--seed" -> seed = seed(name, value);
        case "--lambda-ie" -> lambdaIe = positive(name, value, false);
        default -> throw new IllegalStateException("an option of VALUED without a case: " + name);
      }
    }
    for (int ne : sizes) {
      if (lambdaIe > ne) {
        throw new IllegalArgumentException(
            "--lambda-ie " + Numbers.plain(lambdaIe) + " is more than ne = " + ne
                + ": an inhibitory unit cannot receive more E synapses than there are E units");
      }
    }
    return new BenchOptions(sizes, seconds, warmup, seed, lambdaIe, large);
  }

  /** The networks to measure, in order: the sizes, then the large one if asked. */
  List<BenchCase> cases() {
    List<BenchCase> cases = new ArrayList<>();
    for (int ne : sizes) {
      cases.add(new BenchCase(ne, lambdaIe));
    }
    if (large) {
      cases.add(BenchCase.LARGE);
    }
    return cases;
  }

  /** Comma-separated sizes, each at least 5 (one inhibitory unit), duplicates dropped. */
  private static List<Integer> sizes(String name, String value) {
    LinkedHashSet<Integer> sizes = new LinkedHashSet<>();
    for (String part : value.split(",", -1)) {
      try {
        int ne = Integer.parseInt(part.trim());
        if (ne >= 5) {
          sizes.add(ne);
          continue;
        }
      } catch (NumberFormatException e) {
        // reported below, with the option's name
      }
      throw new IllegalArgumentException(
          name + " takes a comma-separated list of integers >= 5, got '" + value + "'");
    }
    return List.copyOf(sizes);
  }

  private static double positive(String name, String value, boolean zeroAllowed) {
    try {
      double v = Double.parseDouble(value);
      if (Double.isFinite(v) && (v > 0 || (zeroAllowed && v == 0))) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        name + " must be a number " + (zeroAllowed ? ">= 0" : "> 0") + ", got '" + value + "'");
  }

  private static long seed(String name, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " takes a 64-bit integer, got '" + value + "'");
    }
  }
}
