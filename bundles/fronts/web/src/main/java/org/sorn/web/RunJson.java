package org.sorn.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sorn.api.run.MechanismRecord;
import org.sorn.api.run.RunDescription;
import org.sorn.api.run.RunEvent;
import org.sorn.api.run.Simulation;
import org.sorn.shell.front.RunEvents;

/**
 * Runs, their rules and events as the API writes them: the names and layout of run.json (events
 * exactly as the shell writes them into events.jsonl).
 */
final class RunJson {

  /** One line per run, for the list. */
  static Map<String, Object> summary(Simulation run) {
    Map<String, Object> m = new LinkedHashMap<>();
    RunDescription d = run.description();
    m.put("id", run.id());
    m.put("status", label(run));
    m.put("steps_done", run.stepsDone());
    m.put("steps", d.steps());
    m.put("ne", d.ne());
    m.put("seed", d.seed());
    return m;
  }

  /** Everything about a run: status, step, its description, the rules in force and the events. */
  static Map<String, Object> detail(Simulation run, Path folder) {
    Map<String, Object> m = summary(run);
    m.put("pause_reason", run.pauseReason());
    m.put("failure", run.failure());
    m.put("folder", folder == null ? null : folder.toString());
    m.put("description", description(run.description()));
    m.put("frozen", RunEvents.frozen(run));
    m.put("mechanisms", run.mechanisms().stream().map(RunJson::mechanism).toList());
    m.put("events", run.events().stream().map(RunEvents::entry).toList());
    return m;
  }

  static Map<String, Object> description(RunDescription d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ne", d.ne());
    m.put("ni", d.ni());
    m.put("nu", d.nu());
    m.put("seed", d.seed());
    m.put("steps", d.steps());
    m.put("phase", d.phase().label());
    m.put("noise", d.noise());
    m.put("noise_sigma", d.noiseSigma());
    m.put("frozen", List.copyOf(d.frozen()));
    m.put("parameters", d.parameters());
    m.put("variants", d.variants());
    return m;
  }

  /** A mechanism in force or installed, as run.json names its fields. */
  static Map<String, Object> mechanism(MechanismRecord r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("slot", r.slot());
    m.put("variant", r.variant());
    m.put("order", r.order());
    m.put("bundle", r.bundle());
    m.put("bundle_version", r.bundleVersion());
    m.put("parameters", r.parameters());
    m.put("from_step", r.fromStep());
    return m;
  }

  static List<Map<String, Object>> events(List<RunEvent> events) {
    List<Map<String, Object>> list = new ArrayList<>();
    events.forEach(e -> list.add(RunEvents.entry(e)));
    return list;
  }

  static String label(Simulation run) {
    return run.status().name().toLowerCase(Locale.ROOT);
  }

  private RunJson() {}
}
