package org.sorn.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code --record} asks for: the recorders, in the order given, and the steps each records.
 * The steps are run parameters {@code record.<Name>.every|from|to}, so that the recorders read them
 * from the run and run.json and checkpoints keep them.
 *
 * @param recorders recorder names in the order given, each once
 * @param parameters the run parameters of the options given, for example {@code
 *     record.WEE.every=1000.0}
 */
record RecordChoice(List<String> recorders, Map<String, Double> parameters) {
  static final String EVERY = "every";
  static final String FROM = "from";
  static final String TO = "to";
  private static final List<String> OPTIONS = List.of(EVERY, FROM, TO);

  RecordChoice {
    recorders = List.copyOf(recorders);
    parameters = Map.copyOf(parameters);
  }

  /** The run parameter that carries {@code option} of {@code recorder}. */
  static String key(String recorder, String option) {
    return "record." + recorder + "." + option;
  }

  /**
   * Reads {@code NAME[:OPTION=N...][,NAME...]}; an empty value records nothing.
   *
   * @throws UsageError naming the item at fault and what was expected
   */
  static RecordChoice parse(String raw) {
    // per recorder, its options; a name given twice keeps its first place and merges its options
    Map<String, Map<String, Long>> chosen = new LinkedHashMap<>();
    if (raw.isBlank()) {
      return new RecordChoice(List.of(), Map.of());
    }
    for (String item : raw.split(",", -1)) {
      String[] parts = item.split(":", -1);
      String name = parts[0].strip();
      if (name.isEmpty()) {
        throw error("an item without a recorder name in '" + raw + "'");
      }
      Map<String, Long> options = chosen.computeIfAbsent(name, n -> new LinkedHashMap<>());
      for (int i = 1; i < parts.length; i++) {
        readOption(name, parts[i], options);
      }
    }
    Map<String, Double> parameters = new LinkedHashMap<>();
    chosen.forEach(
        (name, options) -> {
          Long from = options.get(FROM);
          Long to = options.get(TO);
          if (from != null && to != null && from >= to) {
            throw error(name + ":from must be less than to, got from=" + from + " and to=" + to);
          }
          options.forEach((option, steps) -> parameters.put(key(name, option), (double) steps));
        });
    return new RecordChoice(new ArrayList<>(chosen.keySet()), parameters);
  }

  private static void readOption(String name, String part, Map<String, Long> options) {
    int eq = part.indexOf('=');
    String option = (eq < 0 ? part : part.substring(0, eq)).strip();
    if (!OPTIONS.contains(option)) {
      throw error(
          "unknown option '" + option + "' for " + name + "; expected every, from or to");
    }
    if (eq < 0) {
      throw error(name + ":" + option + " needs a value, as in " + name + ":" + option + "=1000");
    }
    if (options.containsKey(option)) {
      throw error(name + ":" + option + " is given twice");
    }
    String text = part.substring(eq + 1).strip();
    long least = option.equals(FROM) ? 0 : 1;
    Long steps = Numbers.longValue(text);
    // run parameters are doubles: beyond 2^53 a step count would not survive the trip
    if (steps == null || steps < least || steps > 1L << 53) {
      throw error(
          name
              + ":"
              + option
              + " must be "
              + (least == 0 ? "an integer >= 0" : "a positive integer")
              + " (steps), got "
              + (text.isEmpty() ? "''" : text));
    }
    options.put(option, steps);
  }

  private static UsageError error(String what) {
    return new UsageError(RunOption.RECORD.flag() + ": " + what);
  }
}
