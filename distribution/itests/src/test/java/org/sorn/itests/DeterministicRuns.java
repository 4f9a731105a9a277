package org.sorn.itests;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.sorn.api.NetworkSnapshot;
import org.sorn.api.Slots;
import org.sorn.api.run.MechanismRecord;
import org.sorn.api.run.RunDescription;
import org.sorn.api.run.RunEvent;
import org.sorn.api.run.RunRequest;
import org.sorn.api.run.RunStatus;
import org.sorn.api.run.Simulation;
import org.sorn.api.run.Workbench;
import org.sorn.testkit.Snapshots;

/**
 * Runs that a description and an input decide bit for bit: no noise, sp frozen (it draws random
 * numbers), a fixed input. A run changed at a step boundary can then be compared with a reference
 * made of segments, each a run started from the state the previous one ended in.
 */
final class DeterministicRuns {
  static final int NE = 100;
  static final int NU = 10;
  static final int STEPS = 400;
  /** The step boundary where the tests change a run. */
  static final long SWAP = 150;

  /**
   * Waits end here: every run of these tests takes milliseconds, a framework start about 1 s; a
   * loaded machine may take many times that, and a wait that ends early fails a test for nothing.
   */
  private static final long TIMEOUT_NANOS = 60_000_000_000L;

  private DeterministicRuns() {}

  /** A stretch of a reference: so many steps with these variants and run parameters. */
  record Segment(long steps, Map<String, String> variants, Map<String, Double> parameters) {
    /** Steps with the package's rules. */
    Segment(long steps) {
      this(steps, Map.of(), Map.of());
    }

    Segment(long steps, Map<String, String> variants) {
      this(steps, variants, Map.of());
    }
  }

  /** The input of every run here: SplittableRandom(1), nu x STEPS. */
  static FixedInput input() {
    return FixedInput.uniform(NU, STEPS, 1);
  }

  /** A plasticity run of the network that {@code seed} initialises, noise off, sp frozen. */
  static RunDescription description(
      long seed, long steps, Map<String, String> variants, Map<String, Double> parameters) {
    return RunDescription.builder()
        .ne(NE)
        .nu(NU)
        .seed(seed)
        .steps(steps)
        .frozen(Set.of(Slots.SP))
        .noise(false)
        .noiseSigma(0.04)
        .parameters(parameters)
        .variants(variants)
        .build();
  }

  /** A run of {@code STEPS} on the fresh network of {@code seed} with the fixed input. */
  static RunRequest fresh(long seed, Map<String, String> variants, FixedInput input) {
    return new RunRequest(description(seed, STEPS, variants, Map.of()), null, input, List.of());
  }

  /**
   * The state after the segments, run one after the other: the first on the fresh network of
   * {@code seed}, each next one from the state the previous one ended in, reading the input on
   * from where the previous one stopped.
   */
  static NetworkSnapshot reference(Workbench workbench, long seed, FixedInput input, Segment... segments)
      throws InterruptedException {
    NetworkSnapshot state = null;
    long done = 0;
    for (Segment s : segments) {
      RunDescription d = description(seed, s.steps(), s.variants(), s.parameters());
      state = finish(workbench.start(new RunRequest(d, state, input.from(done), List.of())));
      done += s.steps();
    }
    return state;
  }

  /** Waits for the run to complete and copies its final state. */
  static NetworkSnapshot finish(Simulation run) throws InterruptedException {
    awaitTrue("run " + run.id() + " to end", () -> run.status().isFinal());
    NetworkSnapshot last = Snapshots.of(run.await());
    assertEquals("run " + run.id() + " failure: " + run.failure(), RunStatus.COMPLETED, run.status());
    assertEquals(run.description().steps(), run.stepsDone());
    return last;
  }

  /** Waits until {@code run} is paused before step {@code step}. */
  static void awaitPausedBefore(Simulation run, long step) throws InterruptedException {
    awaitTrue(
        "run " + run.id() + " to pause before step " + step,
        () -> run.status() == RunStatus.PAUSED && run.stepsDone() == step
            || run.status().isFinal());
    assertEquals("run " + run.id() + " status (failure: " + run.failure() + ")", RunStatus.PAUSED, run.status());
  }

  /** Waits for the first event of {@code kind} for {@code slot} and returns it. */
  static RunEvent awaitEvent(Simulation run, String kind, String slot) throws InterruptedException {
    awaitTrue("a " + kind + " event for slot " + slot + " in run " + run.id(),
        () -> event(run, kind, slot) != null);
    return event(run, kind, slot);
  }

  /** The one event of {@code kind} for {@code slot}; fails when there are none or several. */
  static RunEvent onlyEvent(Simulation run, String kind, String slot) {
    List<RunEvent> found = events(run, kind, slot);
    assertEquals(kind + " events for " + slot + " in " + run.events(), 1, found.size());
    return found.get(0);
  }

  /** Asserts that {@code event} put {@code variant} of {@code bundle} in force from {@code step}. */
  static void assertInForceFrom(long step, String variant, String bundle, RunEvent event) {
    assertEquals("step of " + event, step, event.step());
    assertEquals("variant of " + event, variant, event.mechanism().variant());
    assertEquals("bundle of " + event, bundle, event.mechanism().bundle());
    assertEquals("first step of " + event, step, event.mechanism().fromStep());
  }

  /** The events of {@code kind} for {@code slot}, oldest first. */
  static List<RunEvent> events(Simulation run, String kind, String slot) {
    return run.events().stream()
        .filter(e -> e.kind().equals(kind) && slot.equals(e.slot()))
        .toList();
  }

  /** Waits until the workbench has, or no longer has, {@code variant} for {@code slot}. */
  static void awaitInstalled(Workbench workbench, String slot, String variant, boolean installed)
      throws InterruptedException {
    awaitTrue(
        slot + "=" + variant + (installed ? " to be installed" : " to be gone"),
        () -> isInstalled(workbench, slot, variant) == installed);
  }

  /** Waits for the package's five mechanisms and the engine's update: a run binds what is there. */
  static void awaitReferenceMechanisms(Workbench workbench) throws InterruptedException {
    awaitInstalled(workbench, Slots.UPDATE, Slots.DEFAULT_UPDATE, true);
    for (String slot : Slots.REFERENCE) {
      awaitInstalled(workbench, slot, Slots.defaultVariant(slot), true);
    }
  }

  static boolean isInstalled(Workbench workbench, String slot, String variant) {
    for (MechanismRecord m : workbench.mechanisms()) {
      if (m.slot().equals(slot) && m.variant().equals(variant)) {
        return true;
      }
    }
    return false;
  }

  /** Polls {@code condition} until it holds; fails naming {@code what} after 10 s. */
  static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TIMEOUT_NANOS;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited 10 s for " + what);
      }
      Thread.sleep(1);
    }
  }

  private static RunEvent event(Simulation run, String kind, String slot) {
    List<RunEvent> found = events(run, kind, slot);
    return found.isEmpty() ? null : found.get(0);
  }
}
