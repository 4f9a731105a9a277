package org.sorn.sweeps;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The folder of one run of a sweep, {@code DIR/runs/<index>}: what the run wrote ({@code run.json},
 * {@code NetworkActivity.json}) and its {@code exit-code}, written by whoever ran it (this machine or
 * a cluster task) under a temporary name and then renamed, so that a reader sees all of it or none.
 */
final class RunFolder {
  /** The file with the exit code of the run's command line. */
  static final String EXIT_CODE = "exit-code";

  private final Path folder;

  RunFolder(Path sweepFolder, int index) {
    this.folder = sweepFolder.resolve("runs").resolve(Integer.toString(index));
  }

  Path path() {
    return folder;
  }

  /** A run is done when its run.json says completed and no exit code says otherwise. */
  boolean completed() {
    OptionalInt code = exitCode();
    return "completed".equals(runStatus()) && (code.isEmpty() || code.getAsInt() == 0);
  }

  /** The status for summary.csv: completed, failed, stopped, running (killed), or missing (never ran). */
  String status() {
    if (completed()) {
      return "completed";
    }
    String status = runStatus();
    OptionalInt code = exitCode();
    if (code.isPresent()) {
      // a run that ended with an error is failed, whatever run.json could still write
      return status == null || status.equals("completed") || status.equals("running") ? "failed" : status;
    }
    return status == null ? "missing" : status;
  }

  /** The failure run.json gives, or a line naming the exit code; empty when there is none. */
  String failure() {
    JsonNode run = runJson();
    if (run != null && run.hasNonNull("failure")) {
      return run.get("failure").asText();
    }
    OptionalInt code = exitCode();
    return code.isPresent() && code.getAsInt() != 0 ? "exit code " + code.getAsInt() : "";
  }

  /** The steps run.json says were done, or -1 without a run.json. */
  long stepsDone() {
    JsonNode run = runJson();
    return run == null || !run.has("steps_done") ? -1 : run.get("steps_done").asLong();
  }

  /**
   * The mean fraction of active excitatory units over the recorded steps, from NetworkActivity.json
   * (entries [E, I]) and run.json's ne; empty when the run did not record it in format json.
   */
  OptionalDouble meanExcitatoryActivity() {
    JsonNode run = runJson();
    Path file = folder.resolve("NetworkActivity.json");
    if (run == null || !run.has("ne") || !Files.isRegularFile(file)) {
      return OptionalDouble.empty();
    }
    try {
      JsonNode entries = SweepDescription.json().readTree(file.toFile());
      long sum = 0;
      for (JsonNode entry : entries) {
        sum += entry.get(0).asLong();
      }
      return entries.isEmpty() ? OptionalDouble.empty()
          : OptionalDouble.of((double) sum / entries.size() / run.get("ne").asInt());
    } catch (IOException | RuntimeException e) {
      // a half-written file is a run that did not finish: no number rather than a wrong one
      return OptionalDouble.empty();
    }
  }

  OptionalInt exitCode() {
    Path file = folder.resolve(EXIT_CODE);
    try {
      return OptionalInt.of(Integer.parseInt(Files.readString(file, StandardCharsets.UTF_8).trim()));
    } catch (IOException | NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  /** Writes the exit code under a temporary name, then renames it into place. */
  void writeExitCode(int code) throws IOException {
    Files.createDirectories(folder);
    Path temporary = folder.resolve(EXIT_CODE + ".tmp");
    Files.writeString(temporary, code + "\n", StandardCharsets.UTF_8);
    try {
      Files.move(temporary, folder.resolve(EXIT_CODE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, folder.resolve(EXIT_CODE), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Removes what an unfinished earlier attempt left, so that the run starts in an empty folder. */
  void clear() throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (var paths = Files.walk(folder)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private String runStatus() {
    JsonNode run = runJson();
    return run == null || !run.has("status") ? null : run.get("status").asText();
  }

  private JsonNode runJson() {
    Path file = folder.resolve("run.json");
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return SweepDescription.json().readTree(file.toFile());
    } catch (IOException e) {
      return null;
    }
  }
}
