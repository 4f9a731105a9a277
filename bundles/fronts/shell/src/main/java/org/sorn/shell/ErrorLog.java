package org.sorn.shell;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sorn.api.command.KeptFile;

/**
 * {@code error.log} in a run's folder: the stack trace of what made the run (or the writing of its
 * results) fail, which the user sees as one line; run.json names it. {@code ./sorn --debug ...}
 * (the system property {@code sorn.debug}) prints the trace as well.
 */
final class ErrorLog {
  static final String FILE = RunFiles.ERROR_LOG;
  /** The system property that prints stack traces; {@code ./sorn --debug} sets it. */
  static final String DEBUG = "sorn.debug";

  private ErrorLog() {}

  /** Whether stack traces are printed besides the one line. */
  static boolean debug() {
    return Boolean.getBoolean(DEBUG);
  }

  /** Prints the stack trace of {@code error} on {@code err} when debugging; nothing otherwise. */
  static void printIfDebug(Throwable error, PrintStream err) {
    if (error != null && debug()) {
      error.printStackTrace(err);
    }
  }

  /**
   * Writes {@code error.log} into {@code dir} when {@code error} is not null: the line the user
   * saw, then the stack trace.
   *
   * @return the file's name, for run.json, or null when there is no error or it cannot be written
   */
  static String write(Path dir, String line, Throwable error) {
    return write(dir, line, error, null, null);
  }

  /** As {@link #write(Path, String, Throwable)}, with a second failure (of the exports) after it. */
  static String write(Path dir, String line, Throwable error, String secondLine, Throwable second) {
    List<String> lines = new ArrayList<>();
    List<Throwable> errors = new ArrayList<>();
    if (error != null) {
      lines.add(line);
      errors.add(error);
    }
    if (second != null) {
      lines.add(secondLine);
      errors.add(second);
    }
    return write(dir, lines, errors);
  }

  private static String write(Path dir, List<String> lines, List<Throwable> errors) {
    if (errors.isEmpty()) {
      return null;
    }
    try {
      KeptFile.write(
          dir.resolve(FILE),
          out -> {
            PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            for (int i = 0; i < errors.size(); i++) {
              w.println(lines.get(i));
              errors.get(i).printStackTrace(w);
              w.println();
            }
            w.flush();
          });
      return FILE;
    } catch (IOException | RuntimeException e) {
      return null; // the one line still says what failed; run.json then names no log
    }
  }
}
