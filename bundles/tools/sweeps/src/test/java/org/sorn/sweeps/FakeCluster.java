package org.sorn.sweeps;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

/**
 * Stand-ins for SLURM's {@code sbatch} and {@code squeue} and for the workbench's {@code bin/sorn},
 * as small shell scripts in a folder put first on the commands' PATH. sbatch runs the array's tasks
 * of the submitted script one after another in the background (held while the file {@code hold}
 * exists), squeue lists the tasks not yet ended; the fake bin/sorn writes what a run writes, fails
 * the runs whose {@code --eta-stdp} is in the file {@code failing}, and kills its task before it can
 * write an exit code when the value is in {@code vanishing}.
 */
final class FakeCluster {
  private static final String SBATCH = """
      #!/bin/bash
      state=STATE
      if [ -f "$state/refuse" ]; then cat "$state/refuse" >&2; exit 1; fi
      script="${@: -1}"
      id=$(( $(cat "$state/last-id" 2>/dev/null || echo 41) + 1 ))
      echo "$id" >"$state/last-id"
      spec="$(sed -n 's/^#SBATCH --array=//p' "$script")"
      echo "$spec" >>"$state/arrays"
      tasks=()
      IFS=, read -ra parts <<<"${spec%%%*}"
      for p in "${parts[@]}"; do
        if [[ $p == *-* ]]; then tasks+=($(seq "${p%-*}" "${p#*-}")); else tasks+=("$p"); fi
      done
      for t in "${tasks[@]}"; do echo PENDING >"$state/task-${id}_$t"; done
      (
        for t in "${tasks[@]}"; do
          while [ -f "$state/hold" ]; do sleep 0.02; done
          echo RUNNING >"$state/task-${id}_$t"
          SLURM_ARRAY_TASK_ID=$t SLURM_JOB_ID=$id bash "$script" >"$state/${id}_$t.out" 2>&1
          rm -f "$state/task-${id}_$t"
        done
      ) >/dev/null 2>&1 &
      echo "$id"
      """;

  private static final String SQUEUE = """
      #!/bin/bash
      state=STATE
      for a in "$@"; do case "$a" in --jobs=*) id="${a#--jobs=}" ;; esac; done
      if [ "$id" -gt "$(cat "$state/last-id" 2>/dev/null || echo 0)" ]; then
        echo "slurm_load_jobs error: Invalid job id specified" >&2
        exit 1
      fi
      for f in "$state/task-${id}"_*; do
        [ -f "$f" ] && echo "${f##*/task-} $(cat "$f" 2>/dev/null)"
      done
      exit 0
      """;

  private static final String SORN = """
      #!/bin/bash
      state=STATE
      echo "$*" >>"$state/launched"
      args=("$@")
      for ((k = 0; k < ${#args[@]}; k++)); do
        case "${args[k]}" in
          --out) out="${args[k+1]}" ;;
          --eta-stdp) eta="${args[k+1]}" ;;
        esac
      done
      mkdir -p "$out"
      if grep -qxF "$eta" "$state/vanishing" 2>/dev/null; then
        echo '{"status": "running", "failure": null, "steps_done": 10, "ne": 20}' >"$out/run.json"
        kill -9 "$PPID"
        exit 137
      fi
      if grep -qxF "$eta" "$state/failing" 2>/dev/null; then
        echo '{"status": "failed", "failure": "diverged", "steps_done": 50, "ne": 20}' >"$out/run.json"
        exit 1
      fi
      echo '{"status": "completed", "failure": null, "steps_done": 50, "ne": 20}' >"$out/run.json"
      echo '[[2,0],[4,1]]' >"$out/NetworkActivity.json"
      exit 0
      """;

  final Path bin;
  final Path state;
  final Path sorn;

  FakeCluster(Path folder) throws IOException {
    bin = Files.createDirectories(folder.resolve("fake-bin"));
    state = Files.createDirectories(folder.resolve("fake-state"));
    sorn = folder.resolve("fake-workbench/bin/sorn");
    Files.createDirectories(sorn.getParent());
    script(bin.resolve("sbatch"), SBATCH);
    script(bin.resolve("squeue"), SQUEUE);
    script(sorn, SORN);
  }

  /** The commands as a sweep sees them: the stand-ins first on PATH. */
  SlurmCommands commands() {
    return new SlurmCommands(Map.of("PATH", bin + ":" + System.getenv("PATH")));
  }

  WorkbenchLauncher launcher() {
    return new WorkbenchLauncher(sorn, List.of("default"));
  }

  /** Writes a state file: hold, failing, vanishing, refuse. */
  void set(String file, String content) throws IOException {
    Files.writeString(state.resolve(file), content + "\n", StandardCharsets.UTF_8);
  }

  void clear(String file) throws IOException {
    Files.deleteIfExists(state.resolve(file));
  }

  /** The --array specs submitted so far, in order. */
  List<String> arrays() throws IOException {
    Path file = state.resolve("arrays");
    return Files.exists(file) ? Files.readAllLines(file) : List.of();
  }

  /** The command lines the fake bin/sorn was started with (without the script), in order. */
  List<String> launched() throws IOException {
    Path file = state.resolve("launched");
    return Files.exists(file) ? Files.readAllLines(file) : List.of();
  }

  private void script(Path file, String text) throws IOException {
    Files.writeString(file, text.replace("STATE", BatchScript.quote(state.toString())), StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
