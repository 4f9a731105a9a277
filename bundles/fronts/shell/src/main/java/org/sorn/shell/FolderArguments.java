package org.sorn.shell;

import java.util.List;

/**
 * The arguments of the commands that take a run's folder ({@code resume}, {@code export}): {@code
 * DIR [OPTION VALUE] [--quiet] [--help]}, with one option of their own that takes a value.
 *
 * @param folder the run's folder as given, or null when only help was asked
 * @param value the option's value, or null when it was not given
 */
record FolderArguments(String folder, String value, boolean quiet, boolean help) {

  /**
   * @param option the command's own option, such as {@code --checkpoint}
   * @param usage the usage line that ends every error
   * @throws UsageError naming the argument at fault
   */
  static FolderArguments parse(List<String> args, String option, String usage) {
    String folder = null;
    String value = null;
    boolean quiet = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--help")) {
        return new FolderArguments(null, null, false, true);
      } else if (arg.equals("--quiet")) {
        quiet = true;
      } else if (arg.equals(option) && i + 1 < args.size()) {
        value = args.get(++i);
      } else if (arg.startsWith(option + "=")) {
        value = arg.substring(option.length() + 1);
      } else if (arg.startsWith("-") || folder != null) {
        throw new UsageError("unexpected argument '" + arg + "'; " + usage);
      } else {
        folder = arg;
      }
    }
    if (folder == null) {
      throw new UsageError("no run folder given; " + usage);
    }
    return new FolderArguments(folder, value, quiet, false);
  }
}
