package org.sorn.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sorn.api.Exporter;
import org.sorn.api.NetworkState;
import org.sorn.api.command.OneLine;
import org.sorn.api.run.RunStatus;
import org.sorn.shell.Exports.Export;
import org.sorn.shell.RunCommand.Ending;

/**
 * {@code sorn export DIR [--format FORMATS] [--quiet]}: writes the formats of an ended run that
 * are missing (the process was stopped while it wrote them, the disk filled) from its recording
 * store and its last checkpoint, which holds the state the run ended with; or, with {@code
 * --format}, the formats named (again, or for the first time). run.json then says what is whole.
 * Exit codes as for {@code run}.
 */
final class ExportCommand {
  static final String USAGE = "usage: sorn export DIR [--format FORMATS] [--quiet]";
  private static final String RUNNING = "running";

  private final RunCommand run;

  /** @param run the run command whose services and folder this one shares */
  ExportCommand(RunCommand run) {
    this.run = run;
  }

  /** Exports the run in the folder {@code args} names; returns the exit code, never throws. */
  int execute(List<String> args, PrintStream out, PrintStream err) {
    return RunCommand.guarded("export", err, () -> {
      FolderArguments a = FolderArguments.parse(args, RunOption.FORMAT.flag(), USAGE);
      if (a.help()) {
        out.println(USAGE);
        out.println("writes the missing formats of the run in DIR (or those of --format) from its"
            + " data/ and its last checkpoint");
        return 0;
      }
      Path dir = run.cwd().resolve(a.folder()).normalize();
      JsonNode record = RunRecord.existing(dir);
      List<String> asked = a.value() == null ? null : parseFormats(a.value());
      return RunCommand.report("export", export(dir, record, asked), a.quiet(), out, err);
    });
  }

  private static List<String> parseFormats(String raw) {
    List<String> formats = new ArrayList<>();
    for (String f : raw.split(",", -1)) {
      if (f.isBlank()) {
        throw new UsageError(
            RunOption.FORMAT.flag() + " must be " + RunOption.FORMAT.expected() + ", got '" + raw + "'");
      }
      if (!formats.contains(f.strip())) {
        formats.add(f.strip());
      }
    }
    return formats;
  }

  /**
   * Writes the formats {@code asked} (null: those of the run that are missing) of the ended run in
   * {@code dir} and rewrites its run.json; the ending says what was written.
   *
   * @throws UsageError when the run has not ended or a format is not installed
   */
  Ending export(Path dir, JsonNode record, List<String> asked) {
    long steps = record.path("steps_done").asLong(-1);
    long requested = record.path("steps_requested").asLong(-1);
    String simulation = record.path("simulation_status").asText(record.path("status").asText());
    if (simulation.equals(RUNNING) && steps < requested) {
      throw new UsageError(
          "the run in " + dir + " has not ended: its " + RunRecord.FILE + " says running after "
              + steps + " of " + requested + " steps; once its process is gone, continue it with:"
              + " ./sorn resume " + dir);
    }
    if (simulation.equals(RUNNING)) {
      simulation = RunRecord.label(RunStatus.COMPLETED); // every step made: stopped while writing
    }
    Map<String, Export> before = exportsOf(record);
    List<String> formats = asked != null ? asked : missing(record, before);
    String id = record.path("run_id").asText("the run");
    if (formats.isEmpty()) {
      return new Ending(
          "every format of run " + id + " in " + dir + " is whole (" + String.join(", ", before.keySet())
              + "); nothing to export",
          false,
          RunStatus.COMPLETED);
    }
    List<Exporter> exporters = run.exporters(formats);
    NetworkState state = null;
    String noState;
    try {
      state = run.services().workbench().checkpointState(dir.resolve(RunPlan.CHECKPOINT));
      noState =
          state.step() == steps
              ? null
              : "its last checkpoint is at step " + state.step() + ", the run ended at step " + steps;
      state = noState == null ? state : null;
    } catch (IllegalArgumentException e) {
      noState = OneLine.describe(e);
    }
    Exports written = Exports.write(exporters, state, noState, statesWritten(before), dir);
    Exports all = new Exports(before, finalState(record, dir), null, null).and(written);
    String failure = record.path("failure").isNull() ? null : record.path("failure").asText();
    boolean simulationFailed = simulation.equals(RunRecord.label(RunStatus.FAILED));
    String status = simulationFailed || !all.whole() ? RunRecord.label(RunStatus.FAILED) : simulation;
    String reason = simulationFailed ? failure : all.whole() ? null : written.problem();
    String errorLog =
        written.error() == null
            ? record.path("error_log").asText(null)
            : ErrorLog.write(dir, written.problem(), written.error());
    String recordProblem = rewrite(dir, record, formats, all, status, reason, errorLog);
    if (written.problem() != null || recordProblem != null) {
      String line = written.problem() != null ? written.problem() : recordProblem;
      return new Ending(line, true, RunStatus.FAILED, written.error());
    }
    return new Ending(
        "run " + id + ": wrote " + String.join(", ", formats) + " into " + dir + " ("
            + (simulationFailed ? "the run itself failed: " + OneLine.of(failure) : status) + ")",
        false,
        RunStatus.COMPLETED);
  }

  /** run.json's exports: this workbench's {"status", "files"}, or an earlier one's list (whole). */
  private static Map<String, Export> exportsOf(JsonNode record) {
    Map<String, Export> exports = new LinkedHashMap<>();
    record.path("exports").properties().forEach(e -> {
      JsonNode v = e.getValue();
      JsonNode names = v.isArray() ? v : v.path("files");
      List<String> files = new ArrayList<>();
      names.forEach(n -> files.add(n.asText()));
      String status = v.isArray() ? Exports.WHOLE : v.path("status").asText(Exports.MISSING);
      exports.put(e.getKey(), new Export(status, List.copyOf(files)));
    });
    return exports;
  }

  /**
   * Per format, the final state it wrote whole before (a format is missing as a whole when one of
   * its recordings is): kept when the state is not to be had again.
   */
  private static Map<String, String> statesWritten(Map<String, Export> exports) {
    Map<String, String> states = new LinkedHashMap<>();
    exports.forEach((format, e) -> e.files().stream()
        .filter(f -> f.startsWith(Exports.FINAL_STATE + ".") || f.startsWith(Exports.FINAL_STATE + "-"))
        .findFirst()
        .ifPresent(f -> states.put(format, f)));
    return states;
  }

  /** The formats of the run that are not whole, in the order of its --format. */
  private static List<String> missing(JsonNode record, Map<String, Export> exports) {
    List<String> missing = new ArrayList<>();
    record.path("formats").forEach(f -> {
      Export e = exports.get(f.asText());
      if (e == null || !e.whole()) {
        missing.add(f.asText());
      }
    });
    return missing;
  }

  private static Path finalState(JsonNode record, Path dir) {
    JsonNode name = record.path("final_state");
    return name.isTextual() ? dir.resolve(name.asText()) : null;
  }

  /** Writes run.json again with what is whole now; returns why it could not, or null. */
  private static String rewrite(
      Path dir, JsonNode record, List<String> formats, Exports all, String status, String failure,
      String errorLog) {
    ObjectNode r = ((ObjectNode) record).deepCopy();
    r.put("status", status);
    r.put("failure", failure);
    r.put("error_log", errorLog);
    Set<String> allFormats = new LinkedHashSet<>();
    record.path("formats").forEach(f -> allFormats.add(f.asText()));
    allFormats.addAll(formats);
    r.putPOJO("formats", List.copyOf(allFormats));
    Path finalState = all.finalState();
    r.put("final_state", finalState == null ? null : finalState.getFileName().toString());
    r.putPOJO("exports", RunRecord.exports(all));
    r.put("exported_at", java.time.Instant.now().toString());
    try {
      RunRecord.write(dir, r);
      return null;
    } catch (IOException | RuntimeException e) {
      return "cannot write " + dir.resolve(RunRecord.FILE) + ": " + OneLine.describe(e);
    }
  }
}
