package org.sorn.shell;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a command line into options and their raw values, accepting both {@code --name value} and
 * {@code --name=value}. Values are checked later, by {@link RunOptions}.
 */
final class OptionArguments {

  /** The raw value of each option given ({@code ""} for a flag without value). */
  static Map<RunOption, String> parse(List<String> args) {
    Map<RunOption, String> given = new EnumMap<>(RunOption.class);
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("-")) {
        throw new UsageError("unexpected argument '" + arg + "'; options start with --");
      }
      int eq = arg.indexOf('=');
      String flag = eq < 0 ? arg : arg.substring(0, eq);
      RunOption option =
          RunOption.byFlag(flag)
              .orElseThrow(
                  () ->
                      new UsageError(
                          "unknown option '"
                              + flag
                              + "'; expected one of "
                              + RunOption.allFlags()));
      if (given.containsKey(option)) {
        throw new UsageError(flag + " is given twice");
      }
      String value;
      if (!option.takesValue()) {
        if (eq >= 0) {
          throw new UsageError(flag + " takes no value, got '" + arg.substring(eq + 1) + "'");
        }
        value = "";
      } else if (eq >= 0) {
        value = arg.substring(eq + 1);
      } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
        value = args.get(++i);
      } else {
        throw new UsageError(flag + " needs a value (" + option.expected() + ")");
      }
      given.put(option, value);
    }
    return given;
  }

  private OptionArguments() {}
}
