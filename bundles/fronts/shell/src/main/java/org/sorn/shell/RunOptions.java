package org.sorn.shell;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sorn.api.Hyperparameters;
import org.sorn.api.run.Phase;
import org.sorn.api.run.RunRules;

/**
 * The options of one {@code sorn run}, each checked on its own. A null field means the option was
 * not given; checks that need the network's size wait for {@link #checkSizes}.
 *
 * @param parameters only the hyper-parameters given, by the package's names
 * @param variants the variant chosen per slot with {@code --variant}
 * @param recorders recorder names in the order given, without repeats
 * @param recordParameters the run parameters of the recorders' options ({@link RecordChoice})
 * @param formats export formats in the order given, without repeats
 * @param checkpointEvery steps between checkpoints, 0 for none
 * @param overwrite whether a folder that holds a run may be taken, its run's files removed first
 * @param generator {@code --input NAME[:KEY=VALUE,...]} as given when it names a generator rather
 *     than a file (then {@code input} is null)
 */
record RunOptions(
    Integer ne,
    Integer nu,
    Long steps,
    Long seed,
    boolean noise,
    double noiseSigma,
    Phase phase,
    Set<String> frozen,
    Map<String, Double> parameters,
    Map<String, String> variants,
    Path state,
    Path input,
    List<String> recorders,
    Map<String, Double> recordParameters,
    List<String> formats,
    long checkpointEvery,
    Path out,
    boolean overwrite,
    boolean quiet,
    boolean help,
    String generator) {

  /** The checkpoint interval when {@code --checkpoint-every} is not given. */
  static final long DEFAULT_CHECKPOINT_EVERY = 10_000;

  /** The format when {@code --format} is not given. */
  static final String DEFAULT_FORMAT = "json";

  /**
   * Reads the options after {@code run}.
   *
   * @param knownSlots mechanism names {@code --freeze} accepts
   * @throws UsageError naming the option at fault
   */
  static RunOptions parse(List<String> args, Collection<String> knownSlots) {
    Map<RunOption, String> raw = OptionArguments.parse(args);
    Map<String, Double> parameters = new LinkedHashMap<>();
    for (Map.Entry<RunOption, String> e : raw.entrySet()) {
      if (e.getKey().parameter() != null) {
        parameters.put(e.getKey().parameter(), hyperparameter(e.getKey(), e.getValue()));
      }
    }
    String disordered = RunRules.orderRefusal(parameters, RunRules.OPTION);
    if (disordered != null) {
      throw new UsageError(disordered);
    }
    RecordChoice record = RecordChoice.parse(raw.getOrDefault(RunOption.RECORD, ""));
    Long checkpointEvery = integer(RunOption.CHECKPOINT_EVERY, raw, 0, Long.MAX_VALUE);
    Long ne = integer(RunOption.NE, raw, 5, Integer.MAX_VALUE);
    Long nu = integer(RunOption.NU, raw, 1, Integer.MAX_VALUE);
    String input = raw.get(RunOption.INPUT);
    boolean generated = input != null && InputGenerators.namesAGenerator(input);
    return new RunOptions(
        ne == null ? null : ne.intValue(),
        nu == null ? null : nu.intValue(),
        integer(RunOption.STEPS, raw, 1, Long.MAX_VALUE),
        integer(RunOption.SEED, raw, Long.MIN_VALUE, Long.MAX_VALUE),
        noise(raw.getOrDefault(RunOption.NOISE, "on")),
        raw.containsKey(RunOption.NOISE_SIGMA)
            ? number(RunOption.NOISE_SIGMA, raw.get(RunOption.NOISE_SIGMA), 0, false)
            : Hyperparameters.DEFAULT_NOISE_SIGMA,
        phase(raw.getOrDefault(RunOption.PHASE, Phase.PLASTICITY.label())),
        names(RunOption.FREEZE, raw.getOrDefault(RunOption.FREEZE, ""), knownSlots),
        parameters,
        variants(raw.getOrDefault(RunOption.VARIANT, "")),
        path(RunOption.STATE, raw.get(RunOption.STATE)),
        generated ? null : path(RunOption.INPUT, input),
        record.recorders(),
        record.parameters(),
        formats(raw.getOrDefault(RunOption.FORMAT, DEFAULT_FORMAT)),
        checkpointEvery == null ? DEFAULT_CHECKPOINT_EVERY : checkpointEvery,
        path(RunOption.OUT, raw.get(RunOption.OUT)),
        raw.containsKey(RunOption.OVERWRITE),
        raw.containsKey(RunOption.QUIET),
        raw.containsKey(RunOption.HELP),
        generated ? input : null);
  }

  /** The checks that depend on the network's size, once ne is known (it may come from --state). */
  void checkSizes(int ne) {
    if (nu != null && nu > ne) {
      throw new UsageError("--nu must be at most ne (" + ne + "), got " + nu);
    }
    String refused = RunRules.refusal(parameters, ne, RunRules.OPTION);
    if (refused != null) {
      throw new UsageError(refused);
    }
  }

  /** Checks recorder names against the installed ones. */
  void checkRecorders(Collection<String> known) {
    for (String name : recorders) {
      if (!known.contains(name)) {
        throw new UsageError(
            "--record: unknown recorder '"
                + name
                + "'; expected names among "
                + (known.isEmpty() ? "(none installed)" : String.join(", ", known)));
      }
    }
  }

  /**
   * Checks the formats against those of the installed exporters.
   *
   * @throws UsageError naming the unknown format and listing the installed ones
   */
  void checkFormats(Collection<String> installed) {
    checkFormats(formats, installed);
  }

  /** As {@link #checkFormats(Collection)}, for formats named elsewhere ({@code sorn export}). */
  static void checkFormats(List<String> formats, Collection<String> installed) {
    for (String format : formats) {
      if (!installed.contains(format)) {
        throw new UsageError(
            RunOption.FORMAT.flag()
                + ": unknown format '"
                + format
                + "'; installed formats: "
                + (installed.isEmpty() ? "(none)" : String.join(", ", installed)));
      }
    }
  }

  /** The run's parameters: the hyper-parameters given and the recorders' options. */
  Map<String, Double> runParameters() {
    Map<String, Double> all = new LinkedHashMap<>(parameters);
    all.putAll(recordParameters);
    return all;
  }

  private static List<String> formats(String raw) {
    Set<String> formats = list(raw);
    if (formats.isEmpty() || formats.contains("")) {
      throw new UsageError(
          RunOption.FORMAT.flag() + " must be " + RunOption.FORMAT.expected() + ", got '" + raw + "'");
    }
    return List.copyOf(formats);
  }

  /** A hyper-parameter's value, checked by the rules every front shares ({@link RunRules}). */
  private static double hyperparameter(RunOption option, String raw) {
    Double v = Numbers.finiteDouble(raw);
    if (v == null || !RunRules.allows(option.parameter(), v, 0)) {
      throw invalid(option, raw);
    }
    return v;
  }

  /** The option's integer value, or null when it is not given. */
  private static Long integer(RunOption option, Map<RunOption, String> given, long min, long max) {
    String raw = given.get(option);
    if (raw == null) {
      return null;
    }
    Long v = Numbers.longValue(raw);
    if (v == null || v < min || v > max) {
      throw invalid(option, raw);
    }
    return v;
  }

  private static double number(RunOption option, String raw, double min, boolean strictlyAbove) {
    Double v = Numbers.finiteDouble(raw);
    if (v == null || v < min || (strictlyAbove && v == min)) {
      throw invalid(option, raw);
    }
    return v;
  }

  private static boolean noise(String raw) {
    return switch (raw) {
      case "on" -> true;
      case "off" -> false;
      default -> throw new UsageError("--noise must be on or off, got '" + raw + "'");
    };
  }

  private static Phase phase(String raw) {
    try {
      return Phase.parse(raw);
    } catch (IllegalArgumentException e) {
      throw new UsageError("--" + e.getMessage());
    }
  }

  private static Set<String> names(
      RunOption option, String raw, Collection<String> known) {
    Set<String> names = list(raw);
    for (String n : names) {
      String refused = RunRules.freezeRefusal(n, known);
      if (refused != null) {
        throw new UsageError(option.flag() + " " + refused);
      }
    }
    return names;
  }

  /** Comma-separated names; an empty value names none. */
  private static Set<String> list(String raw) {
    Set<String> names = new LinkedHashSet<>();
    if (raw.isBlank()) {
      return names;
    }
    for (String part : raw.split(",", -1)) {
      names.add(part.strip());
    }
    return names;
  }

  /**
   * {@code SLOT=NAME[,SLOT=NAME...]}: only the syntax is checked here; whether such a variant is
   * installed is for the workbench to say when the run starts.
   */
  static Map<String, String> variants(String raw) {
    Map<String, String> variants = new TreeMap<>();
    if (raw.isBlank()) {
      return variants;
    }
    for (String part : raw.split(",", -1)) {
      int eq = part.indexOf('=');
      String slot = eq < 0 ? "" : part.substring(0, eq).strip();
      String name = eq < 0 ? "" : part.substring(eq + 1).strip();
      if (slot.isEmpty() || name.isEmpty() || name.contains("=")) {
        String got = part.equals(raw) ? "'" + raw + "'" : "'" + part + "' in '" + raw + "'";
        throw new UsageError(
            RunOption.VARIANT.flag() + " must be " + RunOption.VARIANT.expected() + ", got " + got);
      }
      if (variants.put(slot, name) != null) {
        throw new UsageError(RunOption.VARIANT.flag() + " names slot " + slot + " twice");
      }
    }
    return variants;
  }

  /** The slots {@code --freeze} and {@code sorn:freeze} accept: plasticity, not update or noise. */
  static boolean freezable(String slot) {
    return RunRules.freezable(slot);
  }

  private static Path path(RunOption option, String raw) {
    if (raw == null) {
      return null;
    }
    if (raw.isBlank()) {
      throw new UsageError(option.flag() + " needs a value (" + option.expected() + ")");
    }
    try {
      return Path.of(raw);
    } catch (RuntimeException e) {
      throw new UsageError(option.flag() + " must be " + option.expected() + ", got '" + raw + "'");
    }
  }

  private static UsageError invalid(RunOption option, String raw) {
    return new UsageError(
        option.flag() + " must be " + option.expected() + ", got " + (raw.isEmpty() ? "''" : raw));
  }

  /** A number as a user would write it: 20 rather than 20.0. */
  static String format(double v) {
    return RunRules.format(v);
  }
}
