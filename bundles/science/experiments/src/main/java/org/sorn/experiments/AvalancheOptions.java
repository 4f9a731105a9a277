package org.sorn.experiments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The options of {@code experiment avalanches}, checked: every bad value is an
 * IllegalArgumentException whose message names the option and what it takes. {@code --full} sets
 * the paper's scale (50 networks, 2 million transient steps, 3 million measured), the defaults a
 * run of minutes on two cores.
 */
record AvalancheOptions(
    List<Long> seeds,
    Set<AvalancheCondition> conditions,
    int ne,
    long transient_,
    long measured,
    int onsetTrials,
    double noiseVariance,
    int bootstraps,
    int jobs,
    Path out) {

  static final String USAGE =
      "usage: experiment avalanches [--full] [--seeds 1,2,3,4] [--conditions"
          + " plastic,frozen,static,input] [--ne 200] [--transient 1500000] [--measured 1000000]"
          + " [--onset-trials 50] [--noise-variance 0.05] [--bootstraps 500] [--jobs N] --out DIR"
          + " (--full: the paper's 50 seeds, 2,000,000 transient and 3,000,000 measured steps)";

  static AvalancheOptions parse(List<String> args, int cores) {
    boolean full = args.contains("--full");
    List<Long> seeds = full ? range(50) : List.of(1L, 2L, 3L, 4L);
    Set<AvalancheCondition> conditions = EnumSet.allOf(AvalancheCondition.class);
    int ne = 200;
    long transient_ = full ? 2_000_000 : 1_500_000;
    long measured = full ? 3_000_000 : 1_000_000;
    int onsetTrials = full ? 250 : 50;
    double noiseVariance = 0.05;
    int bootstraps = 500;
    int jobs = cores;
    Path out = null;
    for (String[] pair : OptionValues.pairs(args, Set.of("--full"), USAGE)) {
      String name = pair[0];
      String value = pair[1];
      if (name.equals("--full")) {
        continue;
      }
      switch (name) {
        case "--seeds" ->
            seeds = OptionValues.list(name, value, v -> OptionValues.seed("--seeds", v));
        case "--conditions" -> conditions = conditions(value);
        case "--ne" -> ne = OptionValues.count(name, value, 20);
        case "--transient" -> transient_ = OptionValues.count(name, value, 0L);
        case "--measured" -> measured = OptionValues.count(name, value, 100L);
        case "--onset-trials" -> onsetTrials = OptionValues.count(name, value, 1);
        case "--noise-variance" -> noiseVariance = OptionValues.nonNegative(name, value);
        case "--bootstraps" -> bootstraps = OptionValues.count(name, value, 0);
        case "--jobs" -> jobs = OptionValues.count(name, value, 1);
        case "--out" -> out = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + name + "; " + USAGE);
      }
    }
    if (out == null) {
      throw new IllegalArgumentException("--out DIR is required; " + USAGE);
    }
    return new AvalancheOptions(seeds, conditions, ne, transient_, measured, onsetTrials,
        noiseVariance, bootstraps, jobs, out);
  }

  private static List<Long> range(int n) {
    List<Long> seeds = new ArrayList<>();
    for (long s = 1; s <= n; s++) {
      seeds.add(s);
    }
    return seeds;
  }

  private static Set<AvalancheCondition> conditions(String value) {
    Set<AvalancheCondition> set = EnumSet.noneOf(AvalancheCondition.class);
    set.addAll(OptionValues.list("--conditions", value, AvalancheCondition::parse));
    // the input's threshold and starting state are the plastic network's
    if (set.contains(AvalancheCondition.INPUT)) {
      set.add(AvalancheCondition.PLASTIC);
    }
    return set;
  }

  /** The networks of the experiment: one per seed. */
  int runs() {
    return seeds.size();
  }
}
