package org.sorn.shell;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sorn.api.command.KeptFile;
import org.sorn.api.command.OneLine;

/**
 * The files the workbench writes into a run's folder, told apart from the user's own: a new run
 * refuses a folder that holds a run, and {@code --overwrite} removes those files (only those)
 * before it starts, so that two runs never mix in one folder.
 */
final class RunFiles {
  static final String EVENTS = EventLog.FILE;
  static final String ERROR_LOG = "error.log";
  /** Room kept on the disk while a run goes, for its last record (and error log) if it fills. */
  static final String RESERVE = "run.json.reserve";
  static final int RESERVE_BYTES = 256 << 10;
  static final String DATA = "data";
  // what the analysis, plot and report commands write into a run's folder
  private static final List<String> ANALYSIS = List.of("analysis.json", "report.html");
  private static final String PLOTS = "plots";
  private static final Pattern FINAL_STATE =
      Pattern.compile(Pattern.quote(Exports.FINAL_STATE) + "(\\.[a-z0-9]+|-[A-Za-z]+\\.csv)");
  private static final List<String> RECORDINGS = List.of("recordings.npz", "recordings.h5");

  private RunFiles() {}

  /** Whether {@code dir} holds a run: its record, its event log, its store, checkpoint or state. */
  static boolean holdsRun(Path dir) {
    return !evidence(dir).isEmpty();
  }

  /**
   * The run {@code dir} holds, in words for the message that refuses it: {@code "run-1, completed
   * after 5000 of 5000 steps, seed 1"}; or the workbench files found when there is no run.json.
   */
  static String describe(Path dir) {
    Path record = dir.resolve(RunRecord.FILE);
    if (Files.isRegularFile(record)) {
      try {
        JsonNode r = RunRecord.read(dir);
        return String.format(
            "%s, %s after %s of %s steps, seed %s",
            r.path("run_id").asText("a run"),
            r.path("status").asText("of unknown status"),
            r.path("steps_done").asText("?"),
            r.path("steps_requested").asText("?"),
            r.path("seed").asText("?"));
      } catch (IOException | RuntimeException e) {
        return "a run whose " + RunRecord.FILE + " cannot be read";
      }
    }
    return "the files of a run (" + String.join(", ", evidence(dir)) + ")";
  }

  /**
   * Removes every file the workbench wrote into {@code dir} (the record, the event log, the error
   * log, the store, the checkpoints, the final state and exports of every format, the analysis,
   * plots and report, and temporaries of interrupted writes), and nothing else.
   *
   * @throws UsageError naming a file that cannot be removed
   */
  static void remove(Path dir) {
    Set<Path> files = new LinkedHashSet<>();
    try {
      files.addAll(exportsOf(dir));
      for (Path p : list(dir)) {
        String name = p.getFileName().toString();
        if (Files.isRegularFile(p)
            && (name.equals(RunRecord.FILE) || name.equals(EVENTS) || name.equals(ERROR_LOG)
                || name.equals(RESERVE)
                || ANALYSIS.contains(name) || RECORDINGS.contains(name)
                || FINAL_STATE.matcher(name).matches() || KeptFile.isPartial(p))) {
          files.add(p);
        }
      }
      for (String folder : List.of(DATA, RunPlan.CHECKPOINT, PLOTS)) {
        files.addAll(regularFiles(dir.resolve(folder)));
      }
      for (Path file : files) {
        Files.deleteIfExists(file);
      }
      for (String folder : List.of(DATA, RunPlan.CHECKPOINT, PLOTS)) {
        deleteIfEmpty(dir.resolve(folder));
      }
    } catch (IOException e) {
      throw new UsageError(
          "--overwrite: cannot remove the earlier run's files in " + dir + ": "
              + OneLine.describeWithFile(e));
    }
  }

  /**
   * Keeps {@link #RESERVE_BYTES} of the disk for the run in {@code dir} while it goes: a disk that
   * fills with its recordings still has room for the record that says so. Without room to start
   * with, the run goes on without it.
   */
  static void reserve(Path dir) {
    try {
      KeptFile.write(dir.resolve(RESERVE), out -> out.write(new byte[RESERVE_BYTES]));
    } catch (IOException | RuntimeException e) {
      // no room now: writing the results will say what does not fit
    }
  }

  /** Gives the room kept by {@link #reserve} back, before the run's results are written. */
  static void release(Path dir) {
    try {
      Files.deleteIfExists(dir.resolve(RESERVE));
    } catch (IOException e) {
      // then the records compete for the space like any file
    }
  }

  /** The workbench files in {@code dir} that show it holds a run. */
  private static List<String> evidence(Path dir) {
    List<String> found = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return found;
    }
    for (String name : List.of(RunRecord.FILE, EVENTS)) {
      if (Files.exists(dir.resolve(name))) {
        found.add(name);
      }
    }
    for (String folder : List.of(DATA, RunPlan.CHECKPOINT)) {
      if (!regularFiles(dir.resolve(folder)).isEmpty()) {
        found.add(folder + "/");
      }
    }
    try {
      for (Path p : list(dir)) {
        if (FINAL_STATE.matcher(p.getFileName().toString()).matches()) {
          found.add(p.getFileName().toString());
        }
      }
    } catch (IOException e) {
      // a folder that cannot be listed holds nothing we could mix with
    }
    return found;
  }

  /**
   * The exports of the run in {@code dir}: the files its run.json lists, and the recordings of
   * every format named after a series of its store.
   */
  private static Set<Path> exportsOf(Path dir) throws IOException {
    Set<Path> files = new LinkedHashSet<>();
    if (Files.isRegularFile(dir.resolve(RunRecord.FILE))) {
      try {
        JsonNode exports = RunRecord.read(dir).path("exports");
        exports.forEach(
            export -> {
              // this workbench's {"status", "files"}, or an earlier one's plain list of files
              JsonNode names = export.isArray() ? export : export.path("files");
              names.forEach(n -> files.add(inside(dir, n.asText())));
            });
      } catch (IOException | RuntimeException e) {
        // an unreadable record: the files named after the store's series are still found below
      }
    }
    for (Path meta : regularFiles(dir.resolve(DATA))) {
      String name = meta.getFileName().toString();
      if (name.endsWith(".meta.json")) {
        String series = name.substring(0, name.length() - ".meta.json".length());
        for (String ext : List.of(".json", ".csv", ".npy", "_steps.npy")) {
          files.add(dir.resolve(series + ext));
        }
      }
    }
    files.remove(null);
    return files;
  }

  /** A file name of run.json inside {@code dir}; null for one that points outside it. */
  private static Path inside(Path dir, String name) {
    Path file = dir.resolve(name).normalize();
    return file.startsWith(dir) && !file.equals(dir) ? file : null;
  }

  private static List<Path> list(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> all = Files.list(dir)) {
      return all.toList();
    }
  }

  private static List<Path> regularFiles(Path dir) {
    List<Path> files = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (DirectoryStream<Path> all = Files.newDirectoryStream(dir)) {
      for (Path p : all) {
        if (Files.isRegularFile(p)) {
          files.add(p);
        }
      }
    } catch (IOException e) {
      // unreadable: nothing to count
    }
    return files;
  }

  private static void deleteIfEmpty(Path dir) throws IOException {
    if (Files.isDirectory(dir) && list(dir).isEmpty()) {
      Files.delete(dir);
    }
  }
}
