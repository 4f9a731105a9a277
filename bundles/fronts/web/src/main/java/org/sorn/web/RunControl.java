package org.sorn.web;

import static org.sorn.web.JsonServlet.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.sorn.api.run.RunStatus;
import org.sorn.api.run.Simulation;
import org.sorn.shell.front.RunEvents;

/**
 * The changes a page or a client asks of a running run: pause, resume, step, stop, and changes of
 * its rules. The engine applies each at the next step boundary; the answer waits a moment for it,
 * so that it can show the event with its step. A mistake (an ended run, a variant that is not
 * installed, a value that is not a number) is one line, answered with 400.
 */
final class RunControl {
  /** How long an answer waits for its change to take effect. */
  static final Duration SETTLE = Duration.ofSeconds(5);

  /** The changes {@link #apply} knows. */
  static final Set<String> ACTIONS =
      Set.of("pause", "resume", "step", "stop", "use", "set", "freeze");

  private final Simulation run;

  RunControl(Simulation run) {
    this.run = run;
  }

  /**
   * Applies {@code action} with the fields of {@code body}.
   *
   * @return whether its effect was seen before the answer (else it comes at the next boundary)
   * @throws ApiError 404 for an unknown action, 400 for a mistake
   */
  boolean apply(String action, JsonNode body) {
    return switch (action) {
      case "pause" -> pause();
      case "resume" -> resume();
      case "step" -> step(body.has("steps") ? count(body.get("steps")) : 1);
      case "stop" -> stop();
      case "use" -> change(() -> run.use(text(body, "slot"), text(body, "variant")));
      case "set" -> change(() -> run.setParameter(text(body, "name"), value(body.get("value"))));
      case "freeze" -> change(() -> run.freeze(text(body, "slot"), frozen(body.get("frozen"))));
      default -> throw ApiError.notFound(
          "no action '" + action + "' on a run; actions: pause, resume, step, stop, use, set,"
              + " freeze, and GET stream, history, report");
    };
  }

  private boolean pause() {
    going();
    if (run.status() != RunStatus.PAUSED) {
      run.pause();
    }
    return settle(() -> run.status() == RunStatus.PAUSED || run.status().isFinal());
  }

  private boolean resume() {
    going();
    if (run.status() != RunStatus.PAUSED) {
      throw ApiError.badRequest(run.id() + " is not paused (" + RunJson.label(run) + ")");
    }
    run.resume();
    return settle(() -> run.status() != RunStatus.PAUSED);
  }

  /** Makes {@code n} steps of a paused run and pauses it again. */
  private boolean step(long n) {
    going();
    if (run.status() != RunStatus.PAUSED) {
      throw ApiError.badRequest(
          run.id() + " must be paused to make single steps; it is " + RunJson.label(run));
    }
    long done = run.stepsDone();
    long left = run.description().steps() - done;
    if (n > left) {
      throw ApiError.badRequest(
          "\"steps\" must be at most the " + left + " steps " + run.id() + " has left, got " + n);
    }
    run.pauseAt(done + n);
    run.resume();
    return settle(
        () -> run.status().isFinal()
            || (run.status() == RunStatus.PAUSED && run.stepsDone() == done + n));
  }

  private boolean stop() {
    going();
    run.stop();
    return settle(() -> run.status().isFinal());
  }

  /** A change of the rules: the engine checks it and records an event when it applies it. */
  private boolean change(Runnable change) {
    going();
    int before = run.events().size();
    change.run();
    return settle(() -> run.events().size() > before || run.status().isFinal());
  }

  private void going() {
    if (run.status().isFinal()) {
      throw ApiError.badRequest(
          run.id() + " has ended (" + RunJson.label(run) + ") after " + run.stepsDone() + " steps");
    }
  }

  private static long count(JsonNode steps) {
    if (steps == null || !steps.isIntegralNumber() || !steps.canConvertToLong()
        || steps.asLong() < 1) {
      throw ApiError.badRequest("\"steps\" must be a positive integer, got " + steps);
    }
    return steps.asLong();
  }

  private static double value(JsonNode value) {
    if (value == null || !value.isNumber() || !Double.isFinite(value.asDouble())) {
      throw ApiError.badRequest(
          "\"value\" must be a finite number, got " + (value == null ? "nothing" : value));
    }
    return value.asDouble();
  }

  private static boolean frozen(JsonNode frozen) {
    if (frozen == null) {
      return true;
    }
    if (!frozen.isBoolean()) {
      throw ApiError.badRequest("\"frozen\" must be true or false, got " + frozen);
    }
    return frozen.asBoolean();
  }

  private static boolean settle(BooleanSupplier done) {
    return RunEvents.settle(done, SETTLE);
  }
}
