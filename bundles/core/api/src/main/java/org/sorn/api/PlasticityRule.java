package org.sorn.api;

import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/** A mechanism bound to one run: its parameters are fixed for as long as the rule is in force. */
@ConsumerType
public interface PlasticityRule {

  /**
   * Changes the state in place for the step t -> t+1: {@code state.x().before()} is x(t), {@code
   * state.x().after()} is x(t+1) (and the same for y), and the mechanisms ordered before this one
   * have already run.
   */
  void apply(NetworkState state);

  /** The parameters in force, by name, for the run record. */
  Map<String, Object> parameters();

  /**
   * True when this rule calls {@link SynapticWeights#markChanged(int)} for every column it writes
   * in place (or writes no weight at all). False, the default, makes the engine mark every column
   * of every matrix after each call of {@link #apply}: always correct, and it costs the rules that
   * read the marks (the synaptic normalisation) a pass over every column.
   */
  default boolean marksChangedColumns() {
    return false;
  }

  /**
   * Called once, on the run's thread, when the run stops using this rule: the run ended, or the
   * slot took another rule (another variant, new parameters). Releases what the rule holds beyond
   * memory (threads, files). The default holds nothing.
   */
  default void close() {}
}
