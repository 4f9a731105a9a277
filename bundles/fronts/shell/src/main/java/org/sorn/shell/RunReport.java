package org.sorn.shell;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sorn.api.command.OneLine;
import org.sorn.api.run.MechanismRecord;
import org.sorn.api.run.Phase;
import org.sorn.api.run.RunEvent;
import org.sorn.api.run.RunStatus;
import org.sorn.api.run.Simulation;

/** How the console shows one run: its state in detail, and its events one per line. */
final class RunReport {

  /**
   * Status, steps, speed, results folder, and the mechanisms in force per slot with their variant
   * and parameters.
   *
   * @param elapsed how long the run has taken so far, or null when unknown
   * @param results its results folder, or null when unknown
   */
  static void detail(Simulation run, Duration elapsed, String results, PrintStream out) {
    String reason = run.status() == RunStatus.PAUSED ? run.pauseReason() : null;
    out.println(
        "run "
            + run.id()
            + ": "
            + RunRecord.label(run.status())
            + (reason == null ? "" : " (" + OneLine.of(reason) + ")"));
    out.println("steps: " + run.stepsDone() + " of " + run.description().steps());
    out.println("speed: " + speed(run.stepsDone(), elapsed));
    if (results != null) {
      out.println("results: " + results);
    }
    if (run.failure() != null) {
      out.println("failure: " + OneLine.of(run.failure()));
    }
    if (run.description().phase() == Phase.TRAINING) {
      out.println("phase: training (no plasticity runs)");
    }
    Set<String> frozen = Runs.frozen(run);
    out.println("frozen: " + (frozen.isEmpty() ? "none" : String.join(", ", frozen)));
    List<MechanismRecord> mechanisms = run.mechanisms();
    if (mechanisms.isEmpty()) {
      out.println("no mechanisms in force");
      return;
    }
    TextTable table = new TextTable("slot", "variant", "from step", "bundle", "version", "parameters");
    for (MechanismRecord m : mechanisms) {
      table.add(
          m.slot(), m.variant(), m.fromStep(), m.bundle(), m.bundleVersion(), parameters(m));
    }
    table.print(out);
  }

  /** Steps per second so far, or "-" when the run's start is unknown. */
  static String speed(long steps, Duration elapsed) {
    if (elapsed == null) {
      return "-";
    }
    double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
    return String.format(
        Locale.ROOT, "%d steps/s over %.2f s", Math.round(steps / seconds), seconds);
  }

  /**
   * {@code step 500  variant  stdp: weight-dependent-stdp (...), chosen by command}, aligned;
   * each line starts with {@code runId:} when one is given.
   */
  static void events(String runId, List<RunEvent> events, PrintStream out) {
    TextTable table = new TextTable();
    for (RunEvent e : events) {
      String step = "step " + e.step();
      if (runId == null) {
        table.add(step, e.kind(), e.message());
      } else {
        table.add(runId + ":", step, e.kind(), e.message());
      }
    }
    table.print(out);
  }

  /** {@code name=value, ...} sorted by name; numbers as a user would type them. */
  static String parameters(MechanismRecord m) {
    if (m.parameters() == null || m.parameters().isEmpty()) {
      return "";
    }
    Map<String, Object> sorted = new TreeMap<>(m.parameters());
    return sorted.entrySet().stream()
        .map(e -> e.getKey() + "=" + value(e.getValue()))
        .collect(Collectors.joining(", "));
  }

  private static String value(Object v) {
    return v instanceof Double || v instanceof Float
        ? RunOptions.format(((Number) v).doubleValue())
        : String.valueOf(v);
  }

  private RunReport() {}
}
