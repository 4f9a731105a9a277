package org.sorn.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sorn.api.Exporter;
import org.sorn.api.NetworkState;
import org.sorn.api.command.OneLine;

/**
 * What the exporters of {@code --format} wrote after a run: per format, its final state and its
 * recordings. One exporter that fails does not keep the others from writing.
 *
 * @param files per format, the file names written into the results directory
 * @param finalState the final state of the first format, or null when none was written
 * @param problem what went wrong first, in one line, or null
 */
record Exports(Map<String, List<String>> files, Path finalState, String problem) {
  static final String FINAL_STATE = "final-state";

  /** Nothing exported yet: the record of a run that goes on. */
  static final Exports NONE = new Exports(Map.of(), null, null);

  /**
   * Runs each exporter in turn into {@code dir}: the final state as {@code final-state.<ext>}
   * (unless {@code state} is null, as after some failures), then the recordings.
   */
  static Exports write(List<Exporter> exporters, NetworkState state, Path dir) {
    Map<String, List<String>> files = new LinkedHashMap<>();
    Path finalState = null;
    String problem = null;
    for (Exporter exporter : exporters) {
      List<String> names = new ArrayList<>();
      files.put(exporter.format(), names);
      try {
        if (state != null) {
          Path written = exporter.writeState(state, dir, FINAL_STATE);
          names.add(name(dir, written));
          finalState = finalState == null ? written : finalState;
        }
        for (Path recording : exporter.exportRecordings(dir)) {
          names.add(name(dir, recording));
        }
      } catch (IOException | RuntimeException e) {
        problem =
            problem != null
                ? problem
                : "cannot export format " + exporter.format() + " in " + dir + ": "
                    + (e instanceof IOException io ? OneLine.describeWithFile(io) : OneLine.describe(e));
      }
    }
    return new Exports(files, finalState, problem);
  }

  /** The file's name relative to the results directory (where it normally is). */
  private static String name(Path dir, Path file) {
    Path absolute = dir.resolve(file);
    return absolute.startsWith(dir) ? dir.relativize(absolute).toString() : absolute.toString();
  }
}
