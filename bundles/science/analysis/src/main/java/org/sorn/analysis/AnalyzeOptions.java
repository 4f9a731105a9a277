package org.sorn.analysis;

import java.nio.file.Path;
import java.util.List;
import org.sorn.analysis.api.AnalysisSettings;

/**
 * What {@code ./sorn analyze} is asked.
 *
 * @param run the run directory
 * @param settings the Fano factors and avalanche fit ranges asked
 */
record AnalyzeOptions(Path run, AnalysisSettings settings) {

  static final String USAGE =
      "usage: ./sorn analyze DIR [--fano-neurons K (5)] [--fano-windows W (10)]"
          + " [--size-range XMIN:XMAX] [--duration-range XMIN:XMAX] (fit ranges: Del Papa et al."
          + " 2017 for the nearest network size, sizes 10:1500 and durations 6:60 at ne 200)";

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
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
    }
    if (run == null) {
      throw new IllegalArgumentException("which run directory? " + USAGE);
    }
    return new AnalyzeOptions(run,
        new AnalysisSettings(fanoNeurons, fanoWindows, sizes, durations));
  }

  private static int positive(String option, String value) {
    try {
      int n = Integer.parseInt(value);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below with the option's name
    }
    throw new IllegalArgumentException(option + " must be a positive integer, got " + value);
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
