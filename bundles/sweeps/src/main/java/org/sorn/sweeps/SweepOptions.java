package org.sorn.sweeps;

import java.nio.file.Path;
import java.util.List;

/**
 * The arguments of {@code ./sorn sweep FILE --out DIR [--jobs N]}.
 *
 * @param file the sweep description
 * @param out the sweep's folder
 * @param jobs the most runs at a time (before the memory bound)
 */
record SweepOptions(Path file, Path out, int jobs) {
  static final String USAGE = "usage: ./sorn sweep FILE --out DIR [--jobs N]";

  static SweepOptions parse(List<String> arguments, int cores) {
    Path file = null;
    Path out = null;
    Integer jobs = null;
    for (int i = 0; i < arguments.size(); i++) {
      String argument = arguments.get(i);
      String name = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
      if (name.equals("--out") || name.equals("--jobs")) {
        String value;
        if (argument.contains("=")) {
          value = argument.substring(argument.indexOf('=') + 1);
        } else if (i + 1 < arguments.size()) {
          value = arguments.get(++i);
        } else {
          throw new IllegalArgumentException(name + " needs a value; " + USAGE);
        }
        if (name.equals("--out")) {
          out = Path.of(value);
        } else {
          jobs = positive(value);
        }
      } else if (argument.startsWith("--")) {
        throw new IllegalArgumentException("unknown option " + argument + "; " + USAGE);
      } else if (file == null) {
        file = Path.of(argument);
      } else {
        throw new IllegalArgumentException("one sweep file only, got also " + argument + "; " + USAGE);
      }
    }
    if (file == null || out == null) {
      throw new IllegalArgumentException((file == null ? "which sweep file? " : "--out DIR is required; ") + USAGE);
    }
    return new SweepOptions(file, out, jobs == null ? cores : jobs);
  }

  private static int positive(String value) {
    try {
      int jobs = Integer.parseInt(value);
      if (jobs >= 1) {
        return jobs;
      }
    } catch (NumberFormatException e) {
      // fall through to the message below
    }
    throw new IllegalArgumentException("--jobs must be a positive integer, got " + value);
  }
}
