package org.sorn.experiments;

import java.util.Set;
import java.util.TreeSet;
import org.sorn.api.Slots;

/**
 * Which plasticity runs in the plastic phase. Outside the mechanisms a condition names, every slot
 * is frozen, and so are those the set-up leaves out of every condition ({@link
 * Setup#neverPlastic()}).
 */
enum Condition {
  /** The full SORN: STDP, IP and synaptic normalisation (and in the package set-up, SP and iSTDP). */
  SORN("sorn", Set.of(Slots.STDP, Slots.IP, Slots.SS, Slots.SP, Slots.ISTDP)),
  /** A static reservoir: the random network as it was made. */
  STATIC("static", Set.of()),
  /** Only the thresholds adapt. */
  IP_ONLY("ip-only", Set.of(Slots.IP)),
  /** Only W^EE learns: STDP with the normalisation that keeps it bounded. */
  STDP_ONLY("stdp-only", Set.of(Slots.STDP, Slots.SS));

  private final String label;
  private final Set<String> plastic;

  Condition(String label, Set<String> plastic) {
    this.label = label;
    this.plastic = plastic;
  }

  String label() {
    return label;
  }

  /** The slots frozen in the plastic phase under {@code setup}. */
  Set<String> frozen(Setup setup) {
    Set<String> frozen = new TreeSet<>(Slots.REFERENCE);
    frozen.removeAll(plastic);
    frozen.addAll(setup.neverPlastic());
    return frozen;
  }

  /**
   * @throws IllegalArgumentException naming the known conditions
   */
  static Condition parse(String text) {
    for (Condition c : values()) {
      if (c.label.equals(text)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "--conditions takes sorn, static, ip-only, stdp-only, got '" + text + "'");
  }
}
