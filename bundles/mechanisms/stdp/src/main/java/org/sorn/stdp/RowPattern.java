package org.sorn.stdp;

import org.sorn.api.SynapticWeights;
import org.sorn.api.fastpath.TrackedWeights;

/**
 * Which entries each row of a matrix stores, as one bit per column: with the active units as bits
 * too, a row's entries that STDP changes (those whose postsynaptic unit fired at the other time)
 * are an AND of a few words away, instead of a pass over the whole row. Entry k of row j is the
 * one for the set bit of column {@code post[k]}; its index is {@code rowStart[j]} plus the number
 * of set bits before it, since the columns ascend within a row.
 *
 * <p>Worth it where a row has more entries than words: at ne = 200 a row of W^EE holds about 22
 * entries in 4 words, of which 2 or 3 meet a unit active at the other time. Not used where the
 * words outnumber the entries (large sparse networks), which {@link #refresh} checks again each
 * time the structure changes.
 *
 * <p>Kept up to date with the matrix's structure: a single new synapse (what structural plasticity
 * makes, about every tenth step) sets one bit; anything else builds the pattern again.
 */
final class RowPattern {
  // the pattern is not built when it would exceed this many words (8 MiB)
  static final int MAX_WORDS = 1 << 20;

  private SynapticWeights matrix;
  private long version = -1;
  private int stored = -1;
  private boolean used;
  private int words;
  private long[] bits = new long[0];
  private int[] rowStart = new int[0];

  /**
   * Brings the pattern up to date with {@code w}'s structure; true when it is to be used, false
   * when rows are cheaper visited whole.
   */
  boolean refresh(SynapticWeights w) {
    if (w == matrix && w.structureVersion() == version) {
      return used;
    }
    boolean rebuild = w != matrix || (used ? !insertedOne(w) : worthIt(w));
    matrix = w;
    version = w.structureVersion();
    stored = w.stored();
    if (rebuild) {
      build(w);
    }
    return used;
  }

  /** Whether a row's words are fewer than its entries, on average, and the whole not too big. */
  private static boolean worthIt(SynapticWeights w) {
    long words = (w.columns() + 63) >>> 6;
    return words * w.rows() <= MAX_WORDS && words * w.rows() <= w.stored();
  }

  /** What the last {@link #refresh} answered. */
  boolean used() {
    return used;
  }

  /** Words per row. */
  int words() {
    return words;
  }

  /** The rows' bits, row j in words {@code j * words()} to {@code (j + 1) * words() - 1}. */
  long[] bits() {
    return bits;
  }

  private void build(SynapticWeights w) {
    used = worthIt(w);
    if (!used) { // checked again, in O(1), each time the structure changes
      bits = new long[0];
      return;
    }
    int rows = w.rows();
    int[] start = w.rowStart();
    int[] post = w.postsynaptic();
    words = (w.columns() + 63) >>> 6;
    int total = rows * words;
    if (rowStart.length != rows + 1) { // kept from build to build: a compaction every 1,000 steps
      rowStart = new int[rows + 1];
    }
    System.arraycopy(start, 0, rowStart, 0, rows + 1);
    if (bits.length != total) {
      bits = new long[total];
    } else {
      java.util.Arrays.fill(bits, 0L);
    }
    for (int j = 0; j < rows; j++) {
      int base = j * words;
      for (int k = start[j]; k < start[j + 1]; k++) {
        bits[base + (post[k] >>> 6)] |= 1L << post[k];
      }
    }
  }

  /**
   * Whether the one change since the pattern was built is a single new entry (one row longer by
   * one, the others as they were); if so its bit is set.
   */
  private boolean insertedOne(SynapticWeights w) {
    int rows = w.rows();
    int[] start = w.rowStart();
    if (w.structureVersion() != version + 1 || w.stored() != stored + 1) {
      return false;
    }
    int row = TrackedWeights.rowGainingOne(rowStart, start, rows);
    if (row < 0) {
      return false;
    }
    // the row's entries are the old ones and the new one: the only column without its bit set
    int[] post = w.postsynaptic();
    int base = row * words;
    int added = -1;
    for (int k = start[row]; k < start[row + 1]; k++) {
      if ((bits[base + (post[k] >>> 6)] & (1L << post[k])) == 0L) {
        if (added >= 0) {
          return false; // not one new entry after all: build again
        }
        added = post[k];
      }
    }
    if (added < 0) {
      return false;
    }
    bits[base + (added >>> 6)] |= 1L << added;
    int[] offsets = rowStart;
    for (int j = row + 1; j < rows + 1; j++) {
      offsets[j]++;
    }
    return true;
  }
}
