package org.sorn.shell.front;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.sorn.api.run.MechanismRecord;
import org.sorn.api.run.RunEvent;
import org.sorn.api.run.Simulation;

/**
 * A run's events as the shell records them, and the wait for a change to show, for the fronts that
 * show runs the same way.
 */
public final class RunEvents {

  /**
   * One event as {@code events.jsonl} and {@code run.json} write it: the step, kind and slot, the
   * mechanism in force from then on (variant, bundle, version, parameters; null when none), and
   * the message.
   */
  public static Map<String, Object> entry(RunEvent e) {
    MechanismRecord m = e.mechanism();
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("step", e.step());
    entry.put("kind", e.kind());
    entry.put("slot", e.slot());
    entry.put("variant", m == null ? null : m.variant());
    entry.put("bundle", m == null ? null : m.bundle());
    entry.put("bundle_version", m == null ? null : m.bundleVersion());
    entry.put("parameters", m == null ? null : m.parameters());
    entry.put("message", e.message());
    return entry;
  }

  /** The slots frozen now: those of the description, then each freeze and unfreeze in turn. */
  public static Set<String> frozen(Simulation run) {
    Set<String> frozen = new TreeSet<>(run.description().frozen());
    for (RunEvent e : run.events()) {
      if (e.kind().equals("freeze")) {
        frozen.add(e.slot());
      } else if (e.kind().equals("unfreeze")) {
        frozen.remove(e.slot());
      }
    }
    return frozen;
  }

  /**
   * Waits until {@code condition} holds, at most {@code timeout}: the engine applies a change at
   * the next step boundary, on the run's thread, so a front that shows its effect waits for it.
   *
   * @return whether the condition holds
   */
  public static boolean settle(BooleanSupplier condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return condition.getAsBoolean();
      }
    }
    return true;
  }

  private RunEvents() {}
}
