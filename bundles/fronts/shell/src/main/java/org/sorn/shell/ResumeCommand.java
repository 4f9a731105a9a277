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
import org.sorn.api.run.DamagedCheckpoint;
import org.sorn.api.run.RunRequest;
import org.sorn.api.run.Simulation;
import org.sorn.shell.RunCommand.Launched;

/**
 * {@code sorn resume DIR}: continues a run that was killed (or stopped, or failed) from its last
 * checkpoint, with the options run.json keeps, the same recorders in the same order and the event
 * log; the results equal those of the run made in one go. Exit codes as for {@code run}.
 */
final class ResumeCommand {
  static final String USAGE = "usage: sorn resume DIR [--checkpoint FILE] [--quiet]";
  static final String CHECKPOINT = "--checkpoint";
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
      FolderArguments a = FolderArguments.parse(args, CHECKPOINT, USAGE);
      if (a.help()) {
        out.println(USAGE);
        out.println("continues the run in DIR (killed, stopped or failed) from its last checkpoint"
            + " (or FILE), or writes its missing formats when its steps were all done");
        return 0;
      }
      boolean quiet = a.quiet();
      String checkpoint = a.value();
      Path dir = run.cwd().resolve(a.folder()).normalize();
      JsonNode record = RunRecord.existing(dir);
      if (allStepsDone(record, dir)) {
        // killed while writing its files, or a disk that filled: what is missing is written now
        return RunCommand.report(
            "resume", new ExportCommand(run).export(dir, record, null), quiet, out, err);
      }
      Path from = checkpoint == null ? null : run.cwd().resolve(checkpoint).normalize();
      Launched launched = resume(dir, record, from, quiet, err);
      return RunCommand.report("resume", run.finishAndForget(launched), quiet, out, err);
    });
  }

  /**
   * Whether the run's steps were all made: what remains is writing its files. A completed run
   * whose formats are all whole has nothing to resume.
   */
  private static boolean allStepsDone(JsonNode record, Path dir) {
    long done = record.path("steps_done").asLong(-1);
    boolean allSteps = done >= 0 && done == record.path("steps_requested").asLong(-2);
    boolean completed = STATUS_COMPLETED.equals(record.path("status").asText());
    boolean whole = true;
    for (JsonNode export : record.path("exports")) {
      whole &= export.isArray() || Exports.WHOLE.equals(export.path("status").asText());
    }
    if (completed && whole) {
      throw new UsageError(
          "run in " + dir + " completed already; nothing to resume");
    }
    return allSteps || completed;
  }

  /**
   * @param from the checkpoint file to resume from, or null for the last whole one of the run
   */
  private Launched resume(Path dir, JsonNode record, Path from, boolean quiet, PrintStream err) {
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
    if (from == null) {
      requireCheckpoint(plan, record);
    } else if (!Files.isRegularFile(from)) {
      throw new UsageError(CHECKPOINT + " " + from + ": no such file; expected a checkpoint of the run"
          + " (" + plan.checkpointDirectory() + "/...)");
    }
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
              .resume(from != null ? from : plan.checkpointDirectory(), request, run.listeners(plan, true));
    } catch (DamagedCheckpoint damaged) {
      throw new UsageError(
          OneLine.describe(damaged)
              + (damaged.previous() == null
                  ? "; start the run again: " + record.path("command_line").asText("sorn run ...")
                  : ": resume from it with ./sorn resume " + dir + " " + CHECKPOINT + " "
                      + damaged.previous()));
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
