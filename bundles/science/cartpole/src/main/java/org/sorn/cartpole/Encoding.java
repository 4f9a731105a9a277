package org.sorn.cartpole;

import java.util.Arrays;
import java.util.Locale;

/** What the policy reads: the SORN's state, or, as controls, the input code or raw observation. */
public enum Encoding {
  /** x(t+1) of a SORN with plasticity, driven by the encoded observation. */
  SORN,
  /** x(t+1) of the same SORN with every mechanism off: a static reservoir. */
  STATIC,
  /** The encoded observation itself (the input pools), no network. */
  POOLS,
  /** The four observed variables, no encoding. */
  RAW;

  /** The name on the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when a SORN run produces the features. */
  public boolean usesSorn() {
    return this == SORN || this == STATIC;
  }

  /**
   * Parses a name.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Encoding parse(String text) {
    for (Encoding e : values()) {
      if (e.label().equals(text)) {
        return e;
      }
    }
    throw new IllegalArgumentException(
        "--encoder must be one of "
            + String.join(", ", Arrays.stream(values()).map(Encoding::label).toList())
            + ", got '" + text + "'");
  }
}
