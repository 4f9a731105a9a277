package org.sorn.sweeps;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The batch script of a sweep's SLURM job array, {@code DIR/slurm/sweep.sbatch}: task {@code i}
 * runs run {@code i} with the workbench's own launcher, as the local engine does
 * ({@code sorn run <options> --out DIR/runs/i --quiet}, in an emptied folder), then writes the
 * run's {@code exit-code} under a temporary name and renames it, so that the sweep learns each
 * run's end from the shared file system even where SLURM keeps no accounting.
 */
final class BatchScript {
  /** The script's file name, in DIR/slurm. */
  static final String FILE = "sweep.sbatch";

  // words the shell reads as they are; anything else is single-quoted
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=,+@%-]+");

  private BatchScript() {}

  /**
   * The script for {@code runs} (ascending by index).
   *
   * @param sweepFolder the sweep's folder, absolute, on a file system the nodes share
   * @param workingFolder where relative paths in the options resolve, as for the command here
   * @param launcher the workbench's bin/sorn and features
   * @param resources what each task asks for
   * @param base the sweep's base options
   * @param runs the runs to submit, one task each
   */
  static String of(Path sweepFolder, Path workingFolder, WorkbenchLauncher launcher, SlurmResources resources,
      Map<String, String> base, List<SweepRun> runs) {
    List<Integer> indices = runs.stream().map(SweepRun::index).toList();
    Path slurm = sweepFolder.resolve("slurm");
    StringBuilder script = new StringBuilder("#!/bin/bash\n");
    List<String> directives = new ArrayList<>(List.of(
        "--job-name=sorn-sweep",
        "--array=" + ArraySpec.of(indices, resources.maxConcurrent()),
        "--output=" + slurm.resolve("%A_%a.out"),
        "--chdir=" + workingFolder));
    directives.addAll(resources.directives());
    // sbatch reads the directives up to the first command, so they come first
    directives.forEach(d -> script.append("#SBATCH ").append(directive(d)).append('\n'));
    script.append("""
        # SORN Workbench sweep %s: array task i runs run i of its sweep.json into runs/i,
        # as ./sorn sweep does on one machine. Written by ./sorn sweep --engine slurm for sbatch.
        set -u
        i="$SLURM_ARRAY_TASK_ID"
        run=%s/"$i"
        case "$i" in
        """.formatted(sweepFolder, quote(sweepFolder.resolve("runs").toString())));
    for (SweepRun run : runs) {
      script.append("  ").append(run.index()).append(") set --");
      run.options(base).forEach(o -> script.append(' ').append(quote(o)));
      script.append(" ;;\n");
    }
    List<String> start = new ArrayList<>(launcher.command());
    start.add("run");
    script.append("""
          *) echo "sweep.sbatch: no run $i in this job" >&2; exit 2 ;;
        esac
        # every attempt (a requeued task too) starts in an empty folder, as on one machine
        rm -rf "$run" && mkdir -p "$run" || exit 1
        # a time limit or scancel sends TERM to the workbench too: let it stop the run, then record the code
        trap : TERM
        %s "$@" --out "$run" --quiet
        code=$?
        # the exit code appears whole or not at all: written under a temporary name, then renamed
        printf '%%s\\n' "$code" >"$run/exit-code.$SLURM_JOB_ID.tmp" && mv -f "$run/exit-code.$SLURM_JOB_ID.tmp" "$run/%s"
        exit "$code"
        """.formatted(String.join(" ", start.stream().map(BatchScript::quote).toList()), RunFolder.EXIT_CODE));
    return script.toString();
  }

  /** The path of the script in the sweep's folder. */
  static Path path(Path sweepFolder) {
    return sweepFolder.resolve("slurm").resolve(FILE);
  }

  /** One #SBATCH option: sbatch splits at spaces and reads double quotes only. */
  private static String directive(String option) {
    if (PLAIN.matcher(option).matches()) {
      return option;
    }
    if (option.contains("\"") || option.contains("\n")) {
      throw new IllegalArgumentException("--engine slurm needs folders without double quotes or line breaks, got "
          + option.substring(option.indexOf('=') + 1));
    }
    return "\"" + option + "\"";
  }

  /** One shell word: as it is when plain, else single-quoted. */
  static String quote(String word) {
    return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
  }
}
