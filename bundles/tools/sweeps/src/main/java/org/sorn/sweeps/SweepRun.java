package org.sorn.sweeps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of an expanded sweep.
 *
 * @param index the run's place in the expansion, 0 first; its folder is {@code runs/<index>}
 * @param varied the values of the varied options for this run, in the order of the axes
 * @param seed the run's {@code --seed}
 */
record SweepRun(int index, Map<String, String> varied, long seed) {
  SweepRun {
    varied = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(varied));
  }

  /** The {@code sorn run} options of this run, before {@code --out}: base, then varied, then seed. */
  List<String> options(Map<String, String> base) {
    List<String> options = new ArrayList<>();
    base.forEach((name, value) -> add(options, name, value));
    varied.forEach((name, value) -> add(options, name, value));
    options.add("--seed");
    options.add(Long.toString(seed));
    return options;
  }

  private static void add(List<String> options, String name, String value) {
    options.add("--" + name);
    options.add(value);
  }
}
