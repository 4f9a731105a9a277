package org.sorn.api;

import org.osgi.annotation.versioning.ConsumerType;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A sparse weight matrix W[pre][post], stored row by row (compressed sparse rows): the outgoing
 * synapses of presynaptic unit {@code j} are the stored entries {@code k} in {@code
 * rowStart()[j] <= k < rowStart()[j+1]}, with target {@code postsynaptic()[k]} (ascending within a
 * row) and weight {@code weights()[k]}.
 *
 * <p>Mechanisms work on these arrays in place; nothing is copied per step. A stored weight may be
 * 0.0 (a pruned synapse keeps its slot). Entries not stored are exactly 0.0. The arrays stay valid
 * until the next call of {@link #set} that inserts an entry: fetch them again after such a call
 * (see {@link #structureVersion()}).
 *
 * <p>Changed columns. A rule that writes {@link #weights()} in place says which columns it wrote
 * with {@link #markChanged(int)} (or {@link #markAllChanged()}), so that the work that depends on
 * a column (the synaptic normalisation divides each changed column by its sum) is done for those
 * columns only, not for the whole matrix each step. {@link #set} marks its column itself. A rule
 * that does not mark what it writes must say so ({@link PlasticityRule#marksChangedColumns()},
 * false by default): the engine then marks every column after it, which is correct and slower.
 * The marks are kept until {@link #clearChanges()}, which the rule that reads them calls.
 *
 * <p>Deferred entries. The synaptic normalisation may leave some columns to be brought up to date
 * only where they are read (a column that flips between two values every step, as many do, need
 * not be written every step). {@link #weights()} is always up to date. A rule that reads or writes
 * only a few rows (the active units') may instead call {@link #syncRow(int)} for each of those rows
 * and use {@link #rowWeights()}: the same array, without bringing the other rows up to date.
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
   * Weight of each stored entry, every entry up to date; only the first {@link #stored()} are in
   * use.
   */
  double[] weights();

  /**
   * The same array as {@link #weights()}, with only the rows passed to {@link #syncRow(int)} since
   * the last step sure to be up to date: for rules that visit a few rows.
   */
  double[] rowWeights();

  /** Brings the entries of row {@code pre} up to date in {@link #rowWeights()}. */
  void syncRow(int pre);

  /**
   * Hands the bringing up to date of deferred entries to {@code deferred} (the synaptic
   * normalisation): whatever an earlier one deferred is brought up to date first. Null removes it.
   */
  void defer(Deferred deferred);

  /** Who keeps deferred entries of a matrix and brings them up to date when asked. */
  @ConsumerType
  interface Deferred {
    /** Brings every deferred entry of row {@code pre} up to date. */
    void syncRow(int pre);

    /** Brings every deferred entry up to date. */
    void syncAll();

    /**
     * True when each deferred entry is above 0 exactly when its up-to-date value is, so that
     * {@link SynapticWeights#countPositive()} can count without bringing anything up to date.
     * False by default.
     *
     * @since 1.5
     */
    default boolean keepsSigns() {
      return false;
    }
  }

  /** Number of stored entries. */
  int stored();

  /**
   * The package's connection count, {@code #(W > 0)}: the stored entries above 0 (an entry not
   * stored is 0), as of now, as {@link #weights()} would give it. An implementation may count
   * without bringing deferred entries up to date when their keeper {@link Deferred#keepsSigns()
   * keeps signs}.
   *
   * @since 1.5
   */
  default long countPositive() {
    double[] w = weights();
    long count = 0;
    for (int k = 0; k < stored(); k++) {
      if (w[k] > 0.0) {
        count++;
      }
    }
    return count;
  }

  /** W[pre][post], 0.0 when no entry is stored. */
  double get(int pre, int post);

  /**
   * Sets W[pre][post], storing a new entry if there was none (which invalidates the arrays returned
   * so far and increments {@link #structureVersion()}).
   */
  void set(int pre, int post, double weight);

  /** Increases each time the set of stored entries changes. */
  long structureVersion();

  /**
   * The row that gained one entry between two copies of the row offsets of a {@code rows}-row
   * matrix: the offsets up to that row the same, every later one one more (what one {@link #set}
   * that inserts an entry does); -1 for any other change. For a rule that keeps an index of the
   * structure and updates it for a new synapse instead of building it again.
   *
   * @since 1.6
   */
  static int rowGainingOne(int[] before, int[] after, int rows) {
    if (before.length < rows + 1 || after.length < rows + 1 || before[0] != after[0]) {
      return -1;
    }
    int row = 0;
    while (row < rows && after[row + 1] == before[row + 1]) {
      row++;
    }
    if (row == rows) {
      return -1;
    }
    for (int j = row + 1; j < rows + 1; j++) {
      if (after[j] != before[j] + 1) {
        return -1;
      }
    }
    return row;
  }

  /** Records that entries of column {@code post} may have been written since the last clear. */
  void markChanged(int post);

  /** Records that any entry may have been written since the last clear. */
  void markAllChanged();

  /** True when {@link #markAllChanged()} was called since the last clear. */
  boolean allChanged();

  /**
   * The columns marked since the last clear, each once, in the order first marked: the first
   * {@link #changedCount()} entries. Valid until the next mark or clear.
   */
  int[] changedColumns();

  /** Number of columns marked since the last clear. */
  int changedCount();

  /** Forgets the marks. */
  void clearChanges();
}
