package org.sorn.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The options of a run as {@code sorn resume} reads them again from run.json: those given, with
 * the seed fixed (it may have been chosen), the files absolute (resume may start from another
 * folder), and neither {@code --out} (the run's folder is where resume is pointed), {@code
 * --quiet} nor {@code --overwrite}. Parsed again, they give the same run description bit for bit.
 */
final class ResumeArguments {

  /**
   * @param args the options as given to {@code run}
   * @param plan the run they made
   */
  static List<String> of(List<String> args, RunPlan plan) {
    Map<RunOption, String> given = OptionArguments.parse(args);
    List<String> line = new ArrayList<>();
    for (RunOption option : RunOption.values()) {
      String value =
          switch (option) {
            case OUT, QUIET, HELP, OVERWRITE -> null;
            case SEED -> Long.toString(plan.description().seed());
            case INPUT -> plan.inputFile() == null ? given.get(option) : plan.inputFile().toString();
            case STATE -> plan.stateFile() == null ? null : plan.stateFile().toString();
            default -> given.get(option);
          };
      if (value != null) {
        // --name=value: a value that starts with "-" stays a value
        line.add(option.flag() + "=" + value);
      }
    }
    return line;
  }

  private ResumeArguments() {}
}
