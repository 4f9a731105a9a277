package org.sorn.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sorn.api.Hyperparameters;
import org.sorn.api.command.KeptFile;
import org.sorn.api.command.OneLine;
import org.sorn.api.run.MechanismRecord;
import org.sorn.api.run.RunDescription;
import org.sorn.api.run.RunEvent;

/**
 * Writes {@code run.json}: what was asked for, what ran, and how it ended (or, while the run goes
 * on, that it goes on), with the options {@code sorn resume} needs to continue it.
 */
final class RunRecord {
  static final String FILE = "run.json";
  /** The last checkpoint's file in the checkpoint folder (the engine's name for it). */
  static final String CHECKPOINT_FILE = "checkpoint.bin";
  /** The key of the options that {@code sorn resume} runs again. */
  static final String RESUME_ARGUMENTS = "resume_arguments";
  // snake_case throughout, also for the API's records (bundle_version, from_step)
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE);
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=,+@%-]+");

  /**
   * Where a run stands: at its start (status running, no end yet), once its steps have ended while
   * its files are written (status still running, its steps' status known, every export missing),
   * or at its end.
   *
   * @param status the whole run's: running until its files are written, then completed, stopped
   *     or failed (a failed export fails the run)
   * @param simulationStatus how its steps ended (completed, stopped, failed), or running
   * @param failure why it failed, or null
   * @param errorLog the error log's name in the run's folder, or null when there is none
   * @param end when it ended, or null while it goes on
   * @param lastCheckpoint the step of its last checkpoint, or null when it has none
   * @param mechanisms the mechanisms in force (at the end, once it ended)
   * @param events every change of the run's rules, oldest first
   * @param resumedFromStep the step of the checkpoint it was last resumed from, or null
   * @param resumedAt when that resume happened, or null
   * @param exports per format, whole or missing, and the files written
   */
  record Outcome(
      String runId,
      String status,
      String simulationStatus,
      String failure,
      String errorLog,
      Instant start,
      Instant end,
      long stepsDone,
      Long lastCheckpoint,
      List<MechanismRecord> mechanisms,
      List<RunEvent> events,
      Long resumedFromStep,
      Instant resumedAt,
      Exports exports) {}

  private RunRecord() {}

  /**
   * Writes the record of {@code plan}'s run into its results directory and returns the file: at
   * the start (so that {@code sorn resume} finds what it needs after a kill) and at the end.
   *
   * @param args the options of {@code run}, as given
   * @param resumeArguments the options {@code sorn resume} runs again ({@link
   *     ResumeArguments#of})
   */
  static Path write(
      String version, RunPlan plan, List<String> args, List<String> resumeArguments, Outcome outcome)
      throws IOException {
    RunDescription d = plan.description();
    RunOptions o = plan.options();
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("workbench_version", version);
    r.put("run_id", outcome.runId());
    r.put("status", outcome.status());
    r.put("simulation_status", outcome.simulationStatus());
    r.put("failure", outcome.failure());
    r.put("error_log", outcome.errorLog());
    r.put("start_time", outcome.start().toString());
    r.put("end_time", outcome.end() == null ? null : outcome.end().toString());
    r.put("resumed_from_step", outcome.resumedFromStep());
    r.put("resumed_at", outcome.resumedAt() == null ? null : outcome.resumedAt().toString());
    r.put("steps_requested", d.steps());
    r.put("steps_done", outcome.stepsDone());
    r.put("seed", d.seed());
    r.put("seed_chosen", plan.seedChosen());
    r.put("ne", d.ne());
    r.put("nu", d.nu());
    r.put("ni", d.ni());
    r.put("phase", d.phase().label());
    r.put("noise", d.noise());
    r.put("noise_sigma", d.noiseSigma());
    r.put("frozen", List.copyOf(d.frozen()));
    r.put("variants", d.variants());
    r.put("hyperparameters", effective(d, outcome.mechanisms()));
    r.put("parameters_set_on_command_line", d.parameters());
    r.put("input", plan.inputText());
    r.put("input_sha256", plan.inputDigest());
    r.put("state", plan.stateText());
    r.put("mechanisms", outcome.mechanisms());
    r.put("events", outcome.events().stream().map(EventLog::entry).toList());
    r.put("recorders", plan.recorders());
    r.put("formats", o.formats());
    r.put("checkpoint_every", o.checkpointEvery());
    r.put("checkpoint", o.checkpointEvery() > 0 ? RunPlan.CHECKPOINT : null);
    r.put("last_checkpoint", lastCheckpoint(outcome.lastCheckpoint()));
    Path finalState = outcome.exports().finalState();
    r.put("final_state", finalState == null ? null : finalState.getFileName().toString());
    r.put("exports", exports(outcome.exports()));
    List<String> line = new ArrayList<>(List.of("run"));
    line.addAll(args);
    r.put("command_line", commandLine(line));
    r.put("arguments", line);
    r.put(RESUME_ARGUMENTS, resumeArguments);
    return write(plan.out(), r);
  }

  /** Writes {@code record} as the run.json of {@code dir}, aside and moved into place. */
  static Path write(Path dir, Object record) throws IOException {
    return KeptFile.write(dir.resolve(FILE), out -> JSON.writeValue(out, record));
  }

  /** {@code "last_checkpoint"}: the step and the file, or null. */
  static Map<String, Object> lastCheckpoint(Long step) {
    if (step == null) {
      return null;
    }
    Map<String, Object> at = new LinkedHashMap<>();
    at.put("step", step);
    at.put("file", RunPlan.CHECKPOINT + "/" + CHECKPOINT_FILE);
    return at;
  }

  /** {@code "exports"}: per format its status ({@code whole} or {@code missing}) and files. */
  static Map<String, Object> exports(Exports exports) {
    Map<String, Object> formats = new LinkedHashMap<>();
    exports.formats().forEach((format, e) -> {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("status", e.status());
      entry.put("files", e.files());
      formats.put(format, entry);
    });
    return formats;
  }

  /**
   * The run.json of the run folder {@code dir}, for commands that continue a run.
   *
   * @throws UsageError in one line saying why there is none, or why it is not a run's record
   */
  static JsonNode existing(Path dir) {
    if (!java.nio.file.Files.isDirectory(dir)) {
      throw new UsageError("no run folder " + dir + "; expected the --out folder of a run");
    }
    Path file = dir.resolve(FILE);
    if (!java.nio.file.Files.exists(file)) {
      throw new UsageError(
          "no " + FILE + " in " + dir + "; expected the --out folder of a run started with sorn run");
    }
    try {
      JsonNode record = read(dir);
      if (record == null || !record.isObject()) {
        throw new UsageError(file + ": expected a JSON object, the record of a run");
      }
      return record;
    } catch (IOException e) {
      throw new UsageError(file + ": cannot read: " + OneLine.describe(e));
    }
  }

  /**
   * The record in {@code dir}.
   *
   * @throws IOException when there is none or it is not JSON
   */
  static JsonNode read(Path dir) throws IOException {
    return JSON.readTree(dir.resolve(FILE).toFile());
  }

  /**
   * The value of every hyper-parameter in the run: the run's own, else the one the mechanism using
   * it reported, else the package's default (init-only names such as lambda_ee always end here
   * unless given).
   */
  static Map<String, Double> effective(RunDescription d, List<MechanismRecord> mechanisms) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (String name : Hyperparameters.NAMES) {
      Double v = d.parameters().get(name);
      if (v == null) {
        v = reported(mechanisms, name);
      }
      values.put(name, v != null ? v : packageDefault(name, d));
    }
    return values;
  }

  private static Double reported(List<MechanismRecord> mechanisms, String name) {
    for (MechanismRecord m : mechanisms) {
      if (m.parameters() != null && m.parameters().get(name) instanceof Number n) {
        return n.doubleValue();
      }
    }
    return null;
  }

  private static double packageDefault(String name, RunDescription d) {
    return switch (name) {
      case Hyperparameters.ETA_STDP -> Hyperparameters.DEFAULT_ETA_STDP;
      case Hyperparameters.ETA_INHIB -> Hyperparameters.DEFAULT_ETA_INHIB;
      case Hyperparameters.ETA_IP -> Hyperparameters.DEFAULT_ETA_IP;
      case Hyperparameters.TE_MIN -> Hyperparameters.DEFAULT_TE_MIN;
      case Hyperparameters.TE_MAX -> Hyperparameters.DEFAULT_TE_MAX;
      case Hyperparameters.TI_MIN -> Hyperparameters.DEFAULT_TI_MIN;
      case Hyperparameters.TI_MAX -> Hyperparameters.DEFAULT_TI_MAX;
      case Hyperparameters.MU_IP -> Hyperparameters.DEFAULT_MU_IP;
      case Hyperparameters.H_IP -> Hyperparameters.defaultTargetRate(d.ne(), d.nu());
      case Hyperparameters.LAMBDA_EE -> Hyperparameters.DEFAULT_LAMBDA_EE;
      case Hyperparameters.LAMBDA_EI -> Hyperparameters.DEFAULT_LAMBDA_EI;
      default -> throw new IllegalArgumentException("no default for hyper-parameter " + name);
    };
  }

  /** The command as it could be typed again in a POSIX shell. */
  static String commandLine(List<String> args) {
    return "sorn "
        + args.stream()
            .map(a -> PLAIN.matcher(a).matches() ? a : "'" + a.replace("'", "'\\''") + "'")
            .collect(Collectors.joining(" "));
  }

  static String label(Enum<?> status) {
    return status.name().toLowerCase(Locale.ROOT);
  }
}
