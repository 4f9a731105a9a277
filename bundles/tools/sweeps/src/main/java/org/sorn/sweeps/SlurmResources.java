package org.sorn.sweeps;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a sweep asks SLURM for, per array task (one run), each optional: the partition, the time
 * limit, the memory, the cores, and how many of its tasks may run at once. Values are checked here,
 * so that a typo is one line from {@code sorn sweep} rather than a refusal from {@code sbatch}.
 *
 * @param partition {@code --partition}, a partition name or a comma-separated list, or null
 * @param time {@code --time} in one of SLURM's forms (minutes, MM:SS, HH:MM:SS, D-HH, D-HH:MM,
 *     D-HH:MM:SS), or null
 * @param memory {@code --mem}, a whole number with an optional unit K, M, G or T, or null
 * @param cpusPerTask {@code --cpus-per-task}, or 0 for the cluster's default
 * @param maxConcurrent the most tasks running at once (the array's {@code %N}), or 0 for no bound
 */
record SlurmResources(String partition, String time, String memory, int cpusPerTask, int maxConcurrent) {
  static final SlurmResources NONE = new SlurmResources(null, null, null, 0, 0);

  private static final Pattern PARTITION = Pattern.compile("[A-Za-z0-9_.\\-]+(,[A-Za-z0-9_.\\-]+)*");
  private static final Pattern TIME =
      Pattern.compile("\\d+(:\\d{1,2}){0,2}|\\d+-\\d{1,2}(:\\d{1,2}){0,2}|UNLIMITED|INFINITE");
  private static final Pattern MEMORY = Pattern.compile("[1-9]\\d*[KMGT]?");

  SlurmResources {
    check(partition, PARTITION, "--partition", "a partition name such as debug, or several separated by commas");
    check(time, TIME, "--time", "minutes, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS, e.g. 01:30:00");
    check(memory, MEMORY, "--mem", "a positive whole number with an optional unit K, M, G or T, e.g. 4G");
  }

  SlurmResources withPartition(String value) {
    return new SlurmResources(value, time, memory, cpusPerTask, maxConcurrent);
  }

  SlurmResources withTime(String value) {
    return new SlurmResources(partition, value, memory, cpusPerTask, maxConcurrent);
  }

  SlurmResources withMemory(String value) {
    return new SlurmResources(partition, time, value, cpusPerTask, maxConcurrent);
  }

  SlurmResources withCpusPerTask(int value) {
    return new SlurmResources(partition, time, memory, value, maxConcurrent);
  }

  SlurmResources withMaxConcurrent(int value) {
    return new SlurmResources(partition, time, memory, cpusPerTask, value);
  }

  /** The {@code #SBATCH} options for the resources given (not the array, which depends on the runs). */
  List<String> directives() {
    List<String> directives = new ArrayList<>();
    if (partition != null) {
      directives.add("--partition=" + partition);
    }
    if (time != null) {
      directives.add("--time=" + time);
    }
    if (memory != null) {
      directives.add("--mem=" + memory);
    }
    if (cpusPerTask > 0) {
      directives.add("--cpus-per-task=" + cpusPerTask);
    }
    return directives;
  }

  private static void check(String value, Pattern form, String option, String expected) {
    if (value != null && !form.matcher(value).matches()) {
      throw new IllegalArgumentException(option + " must be " + expected + ", got " + value);
    }
  }
}
