package org.sorn.launcher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The launcher's reading of {@code ./sorn [--features a,b] [--debug] [command ...]}: the features
 * to boot, whether failures print their stack traces, and the command line for the workbench; no
 * command means the interactive console.
 *
 * @param features names of the features to boot, {@code default} unless chosen
 * @param debug whether a failure prints its stack trace after its one line
 * @param arguments everything after the launcher's own options, passed to the workbench
 */
record CommandLine(List<String> features, boolean debug, List<String> arguments) {
  static final String FEATURES_OPTION = "--features";
  static final String DEBUG_OPTION = "--debug";
  static final String DEFAULT_FEATURE = "default";

  CommandLine {
    features = List.copyOf(features);
    arguments = List.copyOf(arguments);
  }

  CommandLine(List<String> features, List<String> arguments) {
    this(features, false, arguments);
  }

  /** True when there is no command: the user gets the Gogo console. */
  boolean interactive() {
    return arguments.isEmpty();
  }

  /**
   * Reads the arguments given to {@code ./sorn}.
   *
   * @throws UsageException when {@code --features} has no list of names
   */
  static CommandLine parse(String... args) {
    List<String> rest = new ArrayList<>(Arrays.asList(args));
    boolean debug = false;
    while (!rest.isEmpty() && rest.get(0).equals(DEBUG_OPTION)) {
      debug = true;
      rest.remove(0);
    }
    CommandLine line = parseFeatures(rest);
    List<String> arguments = new ArrayList<>(line.arguments());
    while (!arguments.isEmpty() && arguments.get(0).equals(DEBUG_OPTION)) {
      debug = true;
      arguments.remove(0);
    }
    return new CommandLine(line.features(), debug, arguments);
  }

  private static CommandLine parseFeatures(List<String> rest) {
    if (rest.isEmpty()) {
      return new CommandLine(List.of(DEFAULT_FEATURE), rest);
    }
    String first = rest.get(0);
    String list;
    if (first.equals(FEATURES_OPTION)) {
      if (rest.size() < 2) {
        throw missingFeatureList("nothing");
      }
      list = rest.get(1);
      rest.subList(0, 2).clear();
    } else if (first.startsWith(FEATURES_OPTION + "=")) {
      list = first.substring(FEATURES_OPTION.length() + 1);
      rest.remove(0);
    } else {
      return new CommandLine(List.of(DEFAULT_FEATURE), rest);
    }
    List<String> names = new ArrayList<>();
    for (String name : list.split(",")) {
      if (!name.isBlank()) {
        names.add(name.trim());
      }
    }
    if (names.isEmpty() || list.startsWith("-")) {
      throw missingFeatureList("'" + list + "'");
    }
    return new CommandLine(names, rest);
  }

  private static UsageException missingFeatureList(String got) {
    return new UsageException(
        FEATURES_OPTION + " needs a comma-separated list of feature names such as core,stdp, got "
            + got);
  }
}
