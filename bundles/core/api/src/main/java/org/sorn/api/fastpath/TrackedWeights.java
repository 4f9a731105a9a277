package org.sorn.api.fastpath;

import org.osgi.annotation.versioning.ConsumerType;
import org.osgi.annotation.versioning.ProviderType;
import org.sorn.api.SynapticWeights;

/**
 * A weight matrix that keeps track of what changed, for the rules that take part in the fast path
 * ({@link TrackingRule}). The engine's matrices implement it.
 *
 * <p>Changed columns. A tracking rule that writes {@link #weights()} in place marks each column it
 * writes ({@link #markChanged(int)}, or {@link #markAllChanged()}); {@link #set} marks its column
 * itself; the engine marks every column after a plain rule. The rule that reads the marks (the
 * synaptic normalisation divides each marked column by its sum) forgets them with {@link
 * #clearChanges(boolean)}.
 *
 * <p>Clipping. The package clips W^EE after STDP and W^EI after iSTDP, the whole matrix, to [0, 1].
 * {@link #clipped()} tells whether that clip could change an entry: it could while a column is
 * marked, and after marks were forgotten unchecked, until a rule clips the whole matrix and says
 * so ({@link #markClipped()}). Nothing else makes a matrix clipped: a rule that forgets marks
 * without checking the columns leaves the clip to be done, and the results stay exact.
 *
 * <p>Deferred entries. The synaptic normalisation may leave entries to be brought up to date only
 * where they are read (a column that flips between two sets of values every step need not be
 * written every step). {@link #weights()}, {@code get} and {@code set} always see them up to date.
 * A rule that reads or writes only a few rows (the active units') calls {@link #syncRow(int)} for
 * each of those rows and uses {@link #rowWeights()}: the same array, without bringing the other
 * rows up to date.
 */
@ProviderType
public interface TrackedWeights extends SynapticWeights {

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

  /**
   * Forgets the marks. {@code clipped} true says that the caller checked every entry of the marked
   * columns, and every entry it wrote itself since the last clear: each is within [0, 1] and not
   * -0.0, so that the package's clip would leave it as it is. False (the caller did not check, or
   * found an entry outside) leaves the matrix not {@link #clipped()} until {@link #markClipped()}.
   */
  void clearChanges(boolean clipped);

  /**
   * True when the package's clip of the whole matrix would change no entry: no column is marked,
   * and none was forgotten unchecked since the last {@link #markClipped()}.
   */
  boolean clipped();

  /** Records that every stored entry is within [0, 1] and not -0.0: the whole matrix is clipped. */
  void markClipped();

  /**
   * The same array as {@link #weights()}, with only the rows passed to {@link #syncRow(int)} since
   * the last step sure to be up to date: for rules that visit a few rows.
   */
  double[] rowWeights();

  /** Brings the entries of row {@code pre} up to date in {@link #rowWeights()}. */
  void syncRow(int pre);

  /**
   * Hands the bringing up to date of deferred entries to {@code keeper} (the synaptic
   * normalisation): whatever an earlier keeper deferred is brought up to date first. Null removes
   * it. Returns false when the matrix cannot ask a keeper (a view of {@link #of}): the caller then
   * defers nothing.
   */
  boolean defer(Deferred keeper);

  /** Who keeps deferred entries of a matrix and brings them up to date when asked. */
  @ConsumerType
  interface Deferred {
    /** Brings every deferred entry of row {@code pre} up to date. */
    void syncRow(int pre);

    /** Brings every deferred entry up to date. */
    void syncAll();

    /**
     * True when each deferred entry is above 0 exactly when its up-to-date value is, so that
     * {@link TrackedWeights#countPositive()} can count without bringing anything up to date.
     */
    boolean keepsSigns();
  }

  /**
   * The package's connection count, {@code #(W > 0)}: the stored entries above 0, as {@link
   * #weights()} would give them, counted without bringing deferred entries up to date when their
   * keeper {@link Deferred#keepsSigns() keeps signs}.
   */
  long countPositive();

  /**
   * The drive of a network update: {@code sums[post]} = the sum over the presynaptic units {@code
   * rows[0..count-1]} (ascending) of W[pre][post], from +0.0 in that order, as the package sums it
   * (a silent unit would add +0.0, which changes nothing). Only those rows are read, each brought
   * up to date; {@code sums} has one entry per column, overwritten.
   */
  void sumRows(int[] rows, int count, double[] sums);

  /**
   * {@code w} itself when it is tracked (the engine's matrices are); otherwise a view of it that
   * tracks nothing, on which the fast path comes down to the plain computation: every column
   * counts as changed at every step, the matrix is never {@link #clipped()}, nothing is deferred
   * ({@link #defer} returns false), and its {@link #rowWeights()} are its {@link #weights()}.
   */
  static TrackedWeights of(SynapticWeights w) {
    return w instanceof TrackedWeights tracked ? tracked : new UntrackedWeights(w);
  }

  /**
   * The row that gained one entry between two copies of the row offsets of a {@code rows}-row
   * matrix: the offsets up to that row the same, every later one one more (what one {@link #set}
   * that inserts an entry does); -1 for any other change. For a rule that keeps an index of the
   * structure and updates it for a new synapse instead of building it again.
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
}
