package org.sorn.plots;

/**
 * The recorded steps a plot shows: [from, to), either end open when null ({@code --from},
 * {@code --to}).
 */
record StepRange(Long from, Long to) {
  /** Every recorded step. */
  static final StepRange ALL = new StepRange(null, null);

  boolean contains(long step) {
    return (from == null || step >= from) && (to == null || step < to);
  }

  boolean isAll() {
    return from == null && to == null;
  }

  /** For messages: "between steps 1,000 and 2,000", "from step 1,000", ... */
  String describe() {
    if (from != null && to != null) {
      return String.format(java.util.Locale.ROOT, "between steps %,d and %,d", from, to);
    }
    if (from != null) {
      return String.format(java.util.Locale.ROOT, "from step %,d", from);
    }
    return to == null ? "all steps" : String.format(java.util.Locale.ROOT, "before step %,d", to);
  }

  /**
   * Parses --from and --to.
   *
   * @throws IllegalArgumentException naming the option when a value is not a step or to <= from
   */
  static StepRange of(String from, String to) {
    Long f = step("--from", from, 0);
    Long t = step("--to", to, 1);
    if (f != null && t != null && t <= f) {
      throw new IllegalArgumentException(
          "--to must be after --from, got --from " + f + " and --to " + t);
    }
    return new StepRange(f, t);
  }

  private static Long step(String option, String value, long min) {
    if (value == null) {
      return null;
    }
    try {
      long v = Long.parseLong(value);
      if (v >= min) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(option + " must be an integer >= " + min + ", got " + value);
  }
}
