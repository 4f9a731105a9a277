package org.sorn.api.run;

import java.util.Locale;

/** What a run does with plasticity. */
public enum Phase {
  /** Every mechanism that is not frozen changes the network each step. */
  PLASTICITY,
  /** No mechanism runs: weights and thresholds stay as they are, only activity evolves. */
  TRAINING;

  /** The lower-case name used on the command line and in run records. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a phase name.
   *
   * @throws IllegalArgumentException naming the accepted values when {@code text} is none of them
   */
  public static Phase parse(String text) {
    for (Phase p : values()) {
      if (p.label().equals(text)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "phase must be one of plasticity, training, got '" + text + "'");
  }
}
