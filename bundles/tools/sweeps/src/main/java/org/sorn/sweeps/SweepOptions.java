package org.sorn.sweeps;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The arguments of {@code ./sorn sweep FILE --out DIR}, with the options of the engine chosen: on
 * this machine {@code [--jobs N]}, on a SLURM cluster {@code --engine slurm} with the resources of
 * each task, {@code --resubmit} and {@code --no-wait}.
 *
 * @param file the sweep description
 * @param out the sweep's folder
 * @param slurm true for {@code --engine slurm}, false for this machine
 * @param jobs the most runs at a time on this machine (before the memory bound)
 * @param resources what each SLURM task asks for
 * @param resubmit submit the runs that did not complete again once the last job has ended
 * @param noWait submit (or look at the job) and return without waiting for the runs
 */
record SweepOptions(
    Path file, Path out, boolean slurm, int jobs, SlurmResources resources, boolean resubmit, boolean noWait) {
  static final String USAGE = "usage: ./sorn sweep FILE --out DIR [--jobs N]"
      + " | ./sorn sweep FILE --out DIR --engine slurm [--partition P] [--time HH:MM:SS] [--mem 4G]"
      + " [--cpus-per-task N] [--max-concurrent N] [--resubmit] [--no-wait]";

  private static final Set<String> WITH_VALUE = Set.of(
      "--out", "--jobs", "--engine", "--partition", "--time", "--mem", "--cpus-per-task", "--max-concurrent");
  private static final Set<String> SLURM_ONLY = Set.of(
      "--partition", "--time", "--mem", "--cpus-per-task", "--max-concurrent", "--resubmit", "--no-wait");

  static SweepOptions parse(List<String> arguments, int cores) {
    Path file = null;
    Path out = null;
    String engine = "local";
    Integer jobs = null;
    SlurmResources resources = SlurmResources.NONE;
    boolean resubmit = false;
    boolean noWait = false;
    String slurmOnly = null;
    for (int i = 0; i < arguments.size(); i++) {
      String argument = arguments.get(i);
      String name = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
      if (SLURM_ONLY.contains(name) && slurmOnly == null) {
        slurmOnly = name;
      }
      if (argument.equals("--resubmit") || argument.equals("--no-wait")) {
        resubmit |= argument.equals("--resubmit");
        noWait |= argument.equals("--no-wait");
        continue;
      }
      if (!WITH_VALUE.contains(name)) {
        if (argument.startsWith("--")) {
          throw new IllegalArgumentException("unknown option " + argument + "; " + USAGE);
        }
        if (file != null) {
          throw new IllegalArgumentException("one sweep file only, got also " + argument + "; " + USAGE);
        }
        file = Path.of(argument);
        continue;
      }
      String value;
      if (argument.contains("=")) {
        value = argument.substring(argument.indexOf('=') + 1);
      } else if (i + 1 < arguments.size()) {
        value = arguments.get(++i);
      } else {
        throw new IllegalArgumentException(name + " needs a value; " + USAGE);
      }
      switch (name) {
        case "--out" -> out = Path.of(value);
        case "--jobs" -> jobs = positive(name, value);
        case "--engine" -> engine = engine(value);
        case "--partition" -> resources = resources.withPartition(value);
        case "--time" -> resources = resources.withTime(value);
        case "--mem" -> resources = resources.withMemory(value);
        case "--cpus-per-task" -> resources = resources.withCpusPerTask(positive(name, value));
        default -> resources = resources.withMaxConcurrent(positive(name, value));
      }
    }
    if (file == null || out == null) {
      throw new IllegalArgumentException((file == null ? "which sweep file? " : "--out DIR is required; ") + USAGE);
    }
    boolean slurm = engine.equals("slurm");
    if (!slurm && slurmOnly != null) {
      throw new IllegalArgumentException(slurmOnly + " applies to --engine slurm only"
          + (slurmOnly.equals("--resubmit") ? " (on this machine every call runs again the runs not completed)" : ""));
    }
    if (slurm && jobs != null) {
      throw new IllegalArgumentException("--jobs applies to the local engine; with --engine slurm use --max-concurrent");
    }
    return new SweepOptions(file, out, slurm, jobs == null ? cores : jobs, resources, resubmit, noWait);
  }

  private static String engine(String value) {
    if (!value.equals("local") && !value.equals("slurm")) {
      throw new IllegalArgumentException("--engine must be local or slurm, got " + value);
    }
    return value;
  }

  private static int positive(String option, String value) {
    try {
      int number = Integer.parseInt(value);
      if (number >= 1) {
        return number;
      }
    } catch (NumberFormatException e) {
      // fall through to the message below
    }
    throw new IllegalArgumentException(option + " must be a positive integer, got " + value);
  }
}
