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
 * What the exporters of {@code --format} wrote after a run: per format whether it is whole (its
 * final state and every recording written) or missing, and the files it wrote whole. One exporter
 * that fails does not keep the others from writing; each file is whole or absent, since exporters
 * write aside and move into place.
 *
 * @param formats per format, in the order asked, what it wrote
 * @param finalState the final state of the first whole format, or null when none was written
 * @param problem what went wrong first, in one line, or null
 * @param error that failure with its stack trace, for the error log, or null
 */
record Exports(Map<String, Export> formats, Path finalState, String problem, Throwable error) {
  static final String FINAL_STATE = "final-state";
  static final String WHOLE = "whole";
  static final String MISSING = "missing";

  /**
   * One format's export.
   *
   * @param status {@link #WHOLE} or {@link #MISSING}
   * @param files the files written whole, relative to the run's folder
   */
  record Export(String status, List<String> files) {
    boolean whole() {
      return status.equals(WHOLE);
    }
  }

  /** Nothing exported yet, every format of {@code formats} missing: a run that goes on. */
  static Exports missing(List<String> formats) {
    Map<String, Export> none = new LinkedHashMap<>();
    formats.forEach(f -> none.put(f, new Export(MISSING, List.of())));
    return new Exports(none, null, null, null);
  }

  /**
   * Runs each exporter in turn into {@code dir}: the final state as {@code final-state.<ext>}
   * (unless {@code state} is null: the format then stays missing, for {@code noState}), then the
   * recordings.
   *
   * @param noState why there is no state, when {@code state} is null
   */
  static Exports write(List<Exporter> exporters, NetworkState state, String noState, Path dir) {
    return write(exporters, state, noState, Map.of(), dir);
  }

  /**
   * As {@link #write(List, NetworkState, String, Path)}; a format whose final state was written
   * whole before ({@code statesWritten}: format to file name) keeps it when there is no state.
   */
  static Exports write(
      List<Exporter> exporters,
      NetworkState state,
      String noState,
      Map<String, String> statesWritten,
      Path dir) {
    Map<String, Export> formats = new LinkedHashMap<>();
    Path finalState = null;
    String problem = null;
    Throwable error = null;
    for (Exporter exporter : exporters) {
      List<String> names = new ArrayList<>();
      String kept = state == null ? statesWritten.get(exporter.format()) : null;
      boolean whole = state != null || kept != null;
      try {
        if (kept != null) {
          names.add(kept);
        } else if (state != null) {
          Path written = exporter.writeState(state, dir, FINAL_STATE);
          names.add(name(dir, written));
          finalState = finalState == null ? written : finalState;
        } else if (problem == null) {
          problem = "format " + exporter.format() + " has no final state: " + noState;
        }
        for (Path recording : exporter.exportRecordings(dir)) {
          names.add(name(dir, recording));
        }
      } catch (IOException | RuntimeException e) {
        whole = false;
        if (error == null) {
          error = e;
          problem =
              "cannot export format " + exporter.format() + " in " + dir + ": "
                  + (e instanceof IOException io ? OneLine.describeWithFile(io) : OneLine.describe(e));
        }
      }
      formats.put(exporter.format(), new Export(whole ? WHOLE : MISSING, List.copyOf(names)));
    }
    return new Exports(formats, finalState, problem, error);
  }

  /** These exports, with those of {@code more} written since (which win for their formats). */
  Exports and(Exports more) {
    Map<String, Export> all = new LinkedHashMap<>(formats);
    all.putAll(more.formats);
    return new Exports(
        all,
        finalState != null ? finalState : more.finalState,
        more.problem,
        more.error);
  }

  /** Whether every format is whole. */
  boolean whole() {
    return formats.values().stream().allMatch(Export::whole);
  }

  /** The formats not whole, in order. */
  List<String> missingFormats() {
    return formats.entrySet().stream().filter(e -> !e.getValue().whole()).map(Map.Entry::getKey).toList();
  }

  /** The file's name relative to the results directory (where it normally is). */
  private static String name(Path dir, Path file) {
    Path absolute = dir.resolve(file);
    return absolute.startsWith(dir) ? dir.relativize(absolute).toString() : absolute.toString();
  }
}
