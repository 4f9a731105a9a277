package org.sorn.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A sparse weight matrix W[pre][post], stored row by row (compressed sparse rows): the outgoing
 * synapses of presynaptic unit {@code j} are the stored entries {@code k} in {@code
 * rowStart()[j] <= k < rowStart()[j+1]}, with target {@code postsynaptic()[k]} (ascending within a
 * row) and weight {@code weights()[k]}.
 *
 * <p>Mechanisms work on these arrays in place; nothing is copied per step. A stored weight may be
 * 0.0 (a pruned synapse keeps its slot). Entries not stored are exactly 0.0. The arrays stay the
 * same objects until a call of {@link #set} inserts an entry: fetch them again after such a call
 * (see {@link #structureVersion()}).
 *
 * <p>This is all a rule needs, and a rule written against it alone is always correct: the engine
 * brings every entry up to date before such a rule and takes every column as written after it.
 * The workbench's own mechanisms do less work through an opt-in fast path ({@link
 * org.sorn.api.fastpath}), which a lab bundle may ignore.
 */
@ProviderType
public interface SynapticWeights {

  /** Number of presynaptic units (rows). */
  int rows();

  /** Number of postsynaptic units (columns). */
  int columns();

  /** Row offsets into {@link #postsynaptic()} and {@link #weights()}, length {@code rows()+1}. */
  int[] rowStart();

  /** Postsynaptic unit of each stored entry; only the first {@link #stored()} are in use. */
  int[] postsynaptic();

  /**
   * Weight of each stored entry, every entry up to date as of this call; only the first {@link
   * #stored()} are in use. Read and write it in place. A listener fetches it in each callback.
   */
  double[] weights();

  /** Number of stored entries. */
  int stored();

  /** W[pre][post], 0.0 when no entry is stored. */
  double get(int pre, int post);

  /**
   * Sets W[pre][post], storing a new entry if there was none (which replaces the arrays returned so
   * far and increments {@link #structureVersion()}).
   */
  void set(int pre, int post, double weight);

  /** Increases each time the set of stored entries changes. */
  long structureVersion();
}
