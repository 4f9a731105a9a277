package org.sorn.analysis;

import java.nio.file.Path;
import java.util.List;
import org.sorn.analysis.api.AnalysisSettings;
import org.sorn.statistics.HeavyTailAnalysis;

/**
 * What {@code ./sorn analyze} is asked.
 *
 * @param run the run directory
 * @param settings the Fano factors and avalanche fit ranges asked
 */
record AnalyzeOptions(Path run, AnalysisSettings settings) {

  static final String USAGE =
      "usage: ./sorn analyze DIR [--from STEP] [--to STEP] [--fano-neurons K (5)]"
          + " [--fano-windows W (10)] [--size-range XMIN:XMAX] [--duration-range XMIN:XMAX]"
          + " [--bootstraps N (" + HeavyTailAnalysis.DEFAULT_BOOTSTRAPS + "; 0: no goodness of fit)]"
          + " [--seed S (1)] (fit ranges: Del Papa et al. 2017 for the nearest network size,"
          + " sizes 10:1500 and durations 6:60 at ne 200; --from/--to: the recorded steps in"
          + " [from, to))";

  /**
   * Parses the arguments after {@code analyze}.
   *
   * @throws IllegalArgumentException naming the argument at fault
   */
  static AnalyzeOptions parse(List<String> arguments) {
    Path run = null;
    AnalysisSettings defaults = AnalysisSettings.defaults();
    int fanoNeurons = defaults.fanoNeurons();
    int fanoWindows = defaults.fanoWindows();
    long[] sizes = defaults.sizeRange();
    long[] durations = defaults.durationRange();
    int bootstraps = defaults.bootstraps();
    long seed = defaults.seed();
    Long from = null;
    Long to = null;
    for (int i = 0; i < arguments.size(); i++) {
      String a = arguments.get(i);
      if (!a.startsWith("--")) {
        if (run != null) {
          throw new IllegalArgumentException("one run directory expected, got " + run + " and " + a);
        }
        run = Path.of(a);
        continue;
      }
      if (i + 1 >= arguments.size()) {
        throw new IllegalArgumentException(a + " needs a value");
      }
      String value = arguments.get(++i);
      switch (a) {
        case "--fano-neurons" -> fanoNeurons = positive(a, value);
        case "--fano-windows" -> fanoWindows = positive(a, value);
        case "--size-range" -> sizes = range(a, value);
        case "--duration-range" -> durations = range(a, value);
        case "--bootstraps" -> bootstraps = atLeast(a, value, 0);
        case "--seed" -> seed = integer(a, value, Long.MIN_VALUE);
        case "--from" -> from = integer(a, value, 0);
        case "--to" -> to = integer(a, value, 1);
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
    }
    if (run == null) {
      throw new IllegalArgumentException("which run directory? " + USAGE);
    }
    if (from != null && to != null && to <= from) {
      throw new IllegalArgumentException(
          "--to must be after --from, got --from " + from + " and --to " + to);
    }
    return new AnalyzeOptions(run, new AnalysisSettings(fanoNeurons, fanoWindows, sizes,
        durations, bootstraps, seed, from, to));
  }

  private static int positive(String option, String value) {
    return atLeast(option, value, 1);
  }

  private static int atLeast(String option, String value, int min) {
    try {
      int n = Integer.parseInt(value);
      if (n >= min) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below with the option's name
    }
    throw new IllegalArgumentException(option + " must be "
        + (min == 1 ? "a positive integer" : "an integer >= " + min) + ", got " + value);
  }

  private static long integer(String option, String value, long min) {
    try {
      long n = Long.parseLong(value);
      if (n >= min) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below with the option's name
    }
    throw new IllegalArgumentException(option + " must be "
        + (min == Long.MIN_VALUE ? "an integer" : "an integer >= " + min) + ", got " + value);
  }

  private static long[] range(String option, String value) {
    String[] parts = value.split(":");
    try {
      if (parts.length == 2) {
        long lo = Long.parseLong(parts[0]);
        long hi = Long.parseLong(parts[1]);
        if (lo >= 1 && hi > lo) {
          return new long[] {lo, hi};
        }
      }
    } catch (NumberFormatException e) {
      // reported below with the option's name
    }
    throw new IllegalArgumentException(
        option + " must be XMIN:XMAX with 1 <= XMIN < XMAX, got " + value);
  }
}
