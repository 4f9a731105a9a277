package org.sorn.recording;

/**
 * The steps a recorder records: {@code from}, {@code from + every}, ... while below {@code to}.
 * Entry k of a series belongs to step {@code from + k * every}.
 *
 * @param from the first step recorded, from 0
 * @param to the step at which recording stops (not recorded)
 * @param every the distance between two recorded steps, at least 1
 */
public record StepWindow(long from, long to, long every) {

  public StepWindow {
    if (from < 0 || to < from || every < 1) {
      throw new IllegalArgumentException(
          "a step window needs 0 <= from <= to and every >= 1, got from="
              + from
              + " to="
              + to
              + " every="
              + every);
    }
  }

  /** Every step of a run of {@code steps} steps. */
  public static StepWindow all(long steps) {
    return new StepWindow(0, steps, 1);
  }

  /** Whether step {@code step} is recorded. */
  public boolean covers(long step) {
    return step >= from && step < to && (step - from) % every == 0;
  }

  /** The step of entry {@code entry}. */
  public long step(long entry) {
    return from + entry * every;
  }

  /** How many steps of a run that made {@code stepsDone} steps the window covers. */
  public long count(long stepsDone) {
    long end = Math.min(to, stepsDone);
    return end <= from ? 0 : (end - from + every - 1) / every;
  }
}
