package org.sorn.shell;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.sorn.api.Exporter;
import org.sorn.api.command.OneLine;
import org.sorn.api.run.RunRequest;
import org.sorn.api.run.Simulation;
import org.sorn.shell.RunCommand.Launched;

/**
 * {@code sorn resume DIR}: continues a run that was killed (or stopped, or failed) from its last
 * checkpoint, with the options run.json keeps, the same recorders in the same order and the event
 * log; the results equal those of the run made in one go. Exit codes as for {@code run}.
 */
final class ResumeCommand {
  static final String USAGE = "usage: sorn resume DIR [--quiet]";
  private static final String STATUS_COMPLETED = "completed";

  private final RunCommand run;

  /**
   * @param run the run command whose services, clock, folder, progress and finishing this one
   *     shares
   */
  ResumeCommand(RunCommand run) {
    this.run = run;
  }

  /** Resumes the run in the folder {@code args} names; returns the exit code, never throws. */
  int execute(List<String> args, PrintStream out, PrintStream err) {
    return RunCommand.guarded("resume", err, () -> {
      String folder = null;
      boolean quiet = false;
      for (String arg : args) {
        if (arg.equals("--help")) {
          out.println(USAGE);
          out.println("continues the run in DIR (killed, stopped or failed) from its last checkpoint");
          return 0;
        } else if (arg.equals("--quiet")) {
          quiet = true;
        } else if (arg.startsWith("-") || folder != null) {
          throw new UsageError("unexpected argument '" + arg + "'; " + USAGE);
        } else {
          folder = arg;
        }
      }
      if (folder == null) {
        throw new UsageError("no run folder given; " + USAGE);
      }
      Launched launched = resume(run.cwd().resolve(folder).normalize(), quiet, err);
      return RunCommand.report("resume", run.finishAndForget(launched), quiet, out, err);
    });
  }

  private Launched resume(Path dir, boolean quiet, PrintStream err) {
    JsonNode record = record(dir);
    if (STATUS_COMPLETED.equals(record.path("status").asText())) {
      throw new UsageError("run in " + dir + " completed already; nothing to resume");
    }
    List<String> arguments = strings(record, "arguments", dir);
    List<String> resumeArguments = strings(record, RunRecord.RESUME_ARGUMENTS, dir);
    List<String> line = new ArrayList<>(resumeArguments);
    line.add(RunOption.OUT.flag() + "=" + dir);
    if (quiet) {
      line.add(RunOption.QUIET.flag());
    }
    RunOptions options = parse(line, dir);
    if (options.checkpointEvery() == 0) {
      throw new UsageError(
          "run in " + dir + " was started with --checkpoint-every 0; it has no checkpoint to"
              + " resume from");
    }
    options.checkRecorders(run.services().recorderNames());
    List<Exporter> exporters = run.exporters(options);
    RunPlan plan =
        RunPlan.of(
            options,
            run.services().generators(),
            () -> {
              throw new IllegalStateException("resume_arguments always give the seed");
            },
            run.clock(),
            run.cwd());
    requireCheckpoint(plan, record);
    String digest = record.path("input_sha256").textValue();
    if (!Objects.equals(digest, plan.inputDigest())) {
      throw new UsageError(
          "--input " + plan.inputText() + " changed since the run in " + dir + " started (its"
              + " SHA-256 differs); resume needs the same input");
    }
    Instant start = startTime(record, dir);
    RunRequest request =
        new RunRequest(plan.description(), plan.state(), plan.input(), List.of());
    Simulation simulation;
    try {
      simulation =
          run.services()
              .workbench()
              .resume(plan.checkpointDirectory(), request, run.listeners(plan, true));
    } catch (IllegalArgumentException refused) {
      throw new UsageError(OneLine.describe(refused));
    }
    return run.begin(
        plan,
        arguments.subList(1, arguments.size()),
        resumeArguments,
        simulation,
        exporters,
        start,
        run.clock().instant(),
        run.showsProgress() ? err : null);
  }

  /** The run.json in {@code dir}, or a one-line error saying why there is none. */
  private static JsonNode record(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new UsageError("no run folder " + dir + "; expected the --out folder of a run");
    }
    Path file = dir.resolve(RunRecord.FILE);
    if (!Files.exists(file)) {
      throw new UsageError(
          "no " + RunRecord.FILE + " in " + dir + "; expected the --out folder of a run"
              + " started with sorn run");
    }
    try {
      JsonNode record = RunRecord.read(dir);
      if (record == null || !record.isObject()) {
        throw new UsageError(file + ": expected a JSON object, the record of a run");
      }
      return record;
    } catch (IOException e) {
      throw new UsageError(file + ": cannot read: " + OneLine.describe(e));
    }
  }

  /** A list of strings of run.json; a record without it comes from an older workbench. */
  private static List<String> strings(JsonNode record, String key, Path dir) {
    JsonNode list = record.get(key);
    if (list == null || !list.isArray() || (key.equals("arguments") && list.isEmpty())) {
      throw new UsageError(
          dir.resolve(RunRecord.FILE) + " has no " + key + "; it was not written by sorn run of"
              + " this workbench, so the run cannot be resumed");
    }
    List<String> values = new ArrayList<>();
    list.forEach(v -> values.add(v.asText()));
    return values;
  }

  /** The options, read again as {@code run} read them; a mistake there is the record's. */
  private RunOptions parse(List<String> line, Path dir) {
    try {
      return RunOptions.parse(line, run.knownSlots());
    } catch (UsageError e) {
      throw new UsageError(
          dir.resolve(RunRecord.FILE) + ": " + RunRecord.RESUME_ARGUMENTS + ": " + e.getMessage());
    }
  }

  private static void requireCheckpoint(RunPlan plan, JsonNode record) {
    Path checkpoint = plan.checkpointDirectory();
    boolean empty;
    try (Stream<Path> files = Files.list(checkpoint)) {
      empty = files.findAny().isEmpty();
    } catch (IOException e) {
      empty = true;
    }
    if (empty) {
      throw new UsageError(
          "no checkpoint in "
              + checkpoint
              + ": the run ended before its first checkpoint (every "
              + plan.options().checkpointEvery()
              + " steps); start it again: "
              + record.path("command_line").asText("sorn run ..."));
    }
  }

  private static Instant startTime(JsonNode record, Path dir) {
    try {
      return Instant.parse(record.path("start_time").asText());
    } catch (DateTimeParseException e) {
      throw new UsageError(
          dir.resolve(RunRecord.FILE) + ": start_time must be an instant, got '"
              + record.path("start_time").asText() + "'");
    }
  }
}
