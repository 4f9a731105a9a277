package org.sorn.experiments;

/**
 * The conditions of Del Papa, Priesemann and Triesch (2017) the avalanche experiment measures,
 * each over the measured steps of every network.
 */
enum AvalancheCondition {
  /** After the transient, plasticity on: the SORN's stable phase (their Fig. 2). */
  PLASTIC("plastic", "plasticity on after the transient (stable phase)"),
  /** After the transient, STDP, iSTDP, SP and IP frozen (their Fig. 4: not needed to maintain). */
  FROZEN("frozen", "STDP, iSTDP, SP and IP frozen after the transient"),
  /** A fresh random network, every plasticity frozen (not attained without plasticity). */
  STATIC("static", "the random network as made, plasticity frozen from the start"),
  /** External input switched on after the plastic phase (their Fig. 6): onset, readaptation. */
  INPUT("input", "random sequence input switched on after the plastic phase");

  private final String label;
  private final String description;

  AvalancheCondition(String label, String description) {
    this.label = label;
    this.description = description;
  }

  String label() {
    return label;
  }

  String description() {
    return description;
  }

  static AvalancheCondition parse(String text) {
    for (AvalancheCondition c : values()) {
      if (c.label.equals(text)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "--conditions takes plastic, frozen, static, input, got '" + text + "'");
  }
}
