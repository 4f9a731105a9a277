package org.sorn.api;

import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/** A mechanism bound to one run: its parameters are fixed for as long as the rule is in force. */
@ConsumerType
public interface PlasticityRule {

  /**
   * Changes the state in place for the step t -> t+1: {@code state.x().before()} is x(t), {@code
   * state.x().after()} is x(t+1) (and the same for y), and the mechanisms ordered before this one
   * have already run. The rule may read and write any weight: the engine sees to what other rules
   * need to know about it.
   */
  void apply(NetworkState state);

  /** The parameters in force, by name, for the run record. */
  Map<String, Object> parameters();

  /**
   * Called once, on the run's thread, when the run stops using this rule: the run ended, or the
   * slot took another rule (another variant, new parameters). Releases what the rule holds beyond
   * memory (threads, files). The default holds nothing.
   */
  default void close() {}
}
