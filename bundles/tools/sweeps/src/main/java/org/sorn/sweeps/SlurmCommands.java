package org.sorn.sweeps;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * SLURM's client commands, {@code sbatch} and {@code squeue}, run as processes with an
 * environment of our choosing (its {@code PATH} finds them, so tests put stand-ins first), and the
 * reading of what they print.
 */
final class SlurmCommands {
  /** A command that has not answered in this time is taken as a cluster that does not answer. */
  private static final long TIMEOUT_SECONDS = 120;

  private final Map<String, String> environment;

  /**
   * @param environment variables set for the commands on top of this process's environment; its
   *     {@code PATH}, if given, is also where the commands are looked for
   */
  SlurmCommands(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** The commands as this process's environment finds them. */
  static SlurmCommands fromPath() {
    return new SlurmCommands(Map.of());
  }

  /** Checks that sbatch and squeue are there, before a sweep changes anything. */
  void requireCommands() throws SlurmFailure {
    locate("sbatch");
    locate("squeue");
  }

  /**
   * Submits the batch script and returns the job id.
   *
   * @throws SlurmFailure when sbatch is absent, refuses the job or prints no job id
   */
  String submit(Path script) throws SlurmFailure, InterruptedException {
    Output output = run("sbatch", "--parsable", script.toString());
    if (output.exitCode() != 0) {
      throw new SlurmFailure("sbatch refused the job: " + firstLine(output.stderr(), "exit code " + output.exitCode()));
    }
    return jobId(output.stdout());
  }

  /**
   * The tasks of the job that SLURM still has queued or running, by array index, with their state
   * (PENDING, RUNNING, ...); empty once the job has ended or is no longer known.
   *
   * @throws SlurmFailure when squeue is absent or fails otherwise
   */
  Map<Integer, String> queuedTasks(String jobId) throws SlurmFailure, InterruptedException {
    Output output = run("squeue", "--noheader", "--array", "--jobs=" + jobId, "--format=%i %T");
    if (output.exitCode() != 0) {
      // a job that ended long ago (MinJobAge) is unknown to the controller: nothing is queued
      if (output.stderr().contains("Invalid job id")) {
        return Map.of();
      }
      throw new SlurmFailure("squeue failed: " + firstLine(output.stderr(), "exit code " + output.exitCode()));
    }
    return taskStates(output.stdout(), jobId);
  }

  /** The job id in {@code sbatch --parsable}'s output: {@code 42}, or {@code 42;cluster}. */
  static String jobId(String parsable) throws SlurmFailure {
    String line = firstLine(parsable, "");
    String id = line.contains(";") ? line.substring(0, line.indexOf(';')) : line;
    if (!id.matches("\\d+")) {
      throw new SlurmFailure("sbatch printed no job id: expected a number, got \"" + line + "\"");
    }
    return id;
  }

  /**
   * The states of the job's array tasks in {@code squeue --noheader --array --format="%i %T"}'s
   * output: lines {@code 42_3 RUNNING}, or, from squeue versions that still group pending tasks,
   * {@code 42_[4-6,9%2] PENDING}; lines of other jobs are ignored.
   */
  static Map<Integer, String> taskStates(String squeue, String jobId) {
    Map<Integer, String> states = new TreeMap<>();
    for (String line : squeue.lines().map(String::trim).filter(l -> !l.isEmpty()).toList()) {
      String[] words = line.split("\\s+");
      if (words.length < 2 || !words[0].startsWith(jobId + "_")) {
        continue;
      }
      String tasks = words[0].substring(jobId.length() + 1);
      for (int index : indices(tasks)) {
        states.put(index, words[1]);
      }
    }
    return states;
  }

  // 7, or [4-6,9%2]
  private static List<Integer> indices(String tasks) {
    String list = tasks.replaceAll("^\\[|]$", "");
    if (list.contains("%")) {
      list = list.substring(0, list.indexOf('%'));
    }
    List<Integer> indices = new ArrayList<>();
    for (String part : list.split(",")) {
      try {
        if (part.contains("-")) {
          int first = Integer.parseInt(part.substring(0, part.indexOf('-')));
          int last = Integer.parseInt(part.substring(part.indexOf('-') + 1));
          for (int i = first; i <= last; i++) {
            indices.add(i);
          }
        } else {
          indices.add(Integer.parseInt(part));
        }
      } catch (NumberFormatException e) {
        // not a task list of ours (a heterogeneous job, a future format): nothing to count
      }
    }
    return indices;
  }

  private Output run(String command, String... arguments) throws SlurmFailure, InterruptedException {
    Path executable = locate(command);
    List<String> line = new ArrayList<>(List.of(executable.toString()));
    line.addAll(List.of(arguments));
    Path stdout = null;
    Path stderr = null;
    try {
      stdout = Files.createTempFile("sorn-" + command + "-", ".out");
      stderr = Files.createTempFile("sorn-" + command + "-", ".err");
      ProcessBuilder builder = new ProcessBuilder(line).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      process.getOutputStream().close();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new SlurmFailure(command + " did not answer within " + TIMEOUT_SECONDS + " s");
      }
      return new Output(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
          Files.readString(stderr, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new SlurmFailure("cannot run " + executable + ": " + e.getMessage());
    } finally {
      delete(stdout);
      delete(stderr);
    }
  }

  /**
   * The command in the commands' PATH: looked up here because a started process finds its program
   * in the PATH of this JVM, not in the one it is given.
   */
  private Path locate(String command) throws SlurmFailure {
    Map<String, String> merged = new HashMap<>(System.getenv());
    merged.putAll(environment);
    String path = merged.getOrDefault("PATH", "");
    for (String folder : path.split(File.pathSeparator)) {
      Path candidate = Path.of(folder.isEmpty() ? "." : folder).resolve(command);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new SlurmFailure(command + " not found on PATH; --engine slurm runs where SLURM's commands"
        + " (sbatch, squeue) are, on a login node of the cluster");
  }

  private static String firstLine(String text, String otherwise) {
    return text.lines().map(String::trim).filter(l -> !l.isEmpty()).findFirst().orElse(otherwise);
  }

  private static void delete(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a leftover temporary file is harmless
      }
    }
  }

  private record Output(int exitCode, String stdout, String stderr) {}

  /** A SLURM command that is absent, refused or failed; the message is one line for the user. */
  static final class SlurmFailure extends Exception {
    private static final long serialVersionUID = 1L;

    SlurmFailure(String message) {
      super(message);
    }
  }
}
