package org.sorn.experiments;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * How the experiments read their options: {@code --name value} or {@code --name=value} pairs, and
 * values checked one by one; every bad value is an IllegalArgumentException naming the option
 * and what it takes.
 */
final class OptionValues {
  private OptionValues() {}

  /**
   * The {@code {name, value}} pairs of {@code args}, in order; a name in {@code flags} takes no
   * value (its pair's value is null).
   */
  static List<String[]> pairs(List<String> args, Set<String> flags, String usage) {
    List<String[]> pairs = new ArrayList<>();
    for (int a = 0; a < args.size(); a++) {
      String arg = args.get(a);
      int eq = arg.indexOf('=');
      if (flags.contains(arg)) {
        pairs.add(new String[] {arg, null});
      } else if (arg.startsWith("--") && eq > 0) {
        pairs.add(new String[] {arg.substring(0, eq), arg.substring(eq + 1)});
      } else if (arg.startsWith("--") && a + 1 < args.size()) {
        pairs.add(new String[] {arg, args.get(++a)});
      } else if (arg.startsWith("--")) {
        throw new IllegalArgumentException(arg + " needs a value");
      } else {
        throw new IllegalArgumentException("unexpected argument '" + arg + "'; " + usage);
      }
    }
    return pairs;
  }

  /** Comma-separated values, duplicates dropped, order kept. */
  static <T> List<T> list(String name, String value, Function<String, T> parse) {
    LinkedHashSet<T> items = new LinkedHashSet<>();
    for (String part : value.split(",", -1)) {
      if (part.isBlank()) {
        throw new IllegalArgumentException(name + " takes a comma-separated list, got '" + value + "'");
      }
      items.add(parse.apply(part.trim()));
    }
    return new ArrayList<>(items);
  }

  static int count(String name, String value, int min) {
    long v = count(name, value, (long) min);
    if (v > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          name + " must be an integer >= " + min + ", got '" + value + "'");
    }
    return (int) v;
  }

  static long count(String name, String value, long min) {
    try {
      long v = Long.parseLong(value);
      if (v >= min) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below, with the option's name
    }
    throw new IllegalArgumentException(name + " must be an integer >= " + min + ", got '" + value + "'");
  }

  static long seed(String name, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " takes integers, got '" + value + "'");
    }
  }

  static double nonNegative(String name, String value) {
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
}
