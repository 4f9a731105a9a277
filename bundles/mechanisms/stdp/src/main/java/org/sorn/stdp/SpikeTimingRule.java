package org.sorn.stdp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sorn.api.Activity;
import org.sorn.api.Hyperparameters;
import org.sorn.api.NetworkState;
import org.sorn.api.PlasticityRule;
import org.sorn.api.fastpath.TrackedWeights;
import org.sorn.api.fastpath.TrackingRule;

/** STDP of W^EE with its learning rate fixed for one run. */
final class SpikeTimingRule implements PlasticityRule, TrackingRule {
  private final double etaStdp;
  private final Map<String, Object> parameters;
  // the rows visited in a step, by kind (buffers kept from step to step)
  private int[] beforeOnly = new int[0];
  private int[] afterOnly = new int[0];
  private int[] both = new int[0];
  // the entries each row stores, and the active units at t, at t+1 and at exactly one, as bits
  private final RowPattern pattern = new RowPattern();
  private long[] beforeBits = new long[0];
  private long[] afterBits = new long[0];
  private long[] eitherBits = new long[0];

  SpikeTimingRule(double etaStdp) {
    this.etaStdp = etaStdp;
    Map<String, Object> p = new LinkedHashMap<>();
    p.put(Hyperparameters.ETA_STDP, etaStdp);
    this.parameters = Collections.unmodifiableMap(p);
  }

  @Override
  public void apply(NetworkState state) {
    TrackedWeights wee = TrackedWeights.of(state.wee());
    Activity x = state.x();
    // The package clips the whole matrix after the update. Entries written here are clipped as
    // they are written; the others need the clip only when the matrix says they may (a rule wrote
    // since the last clip without checking what it left).
    boolean clipAll = !wee.clipped();
    // A silent row adds eta*0 = a signed zero, which leaves w != 0 unchanged, unless eta is not
    // finite (eta*0 = NaN in the package): only then must every row be visited.
    if (Double.isFinite(etaStdp)) {
      updateActiveRows(wee, x);
    } else {
      for (int j = 0; j < wee.rows(); j++) {
        updateRowNotFinite(wee, x, j);
      }
      clipAll = true;
    }
    if (clipAll) {
      clip(wee);
      wee.markClipped();
    }
  }

  @Override
  public Map<String, Object> parameters() {
    return parameters;
  }

  /**
   * Visits each row j active at t or t+1 once: first the rows active at t only (potentiation),
   * then those active at t+1 only (depression), then those active at both. Rows are disjoint, so
   * the order changes nothing; sorting them by kind first spares each row a branch the processor
   * could not predict.
   */
  private void updateActiveRows(TrackedWeights wee, Activity x) {
    int[] before = x.activeBefore();
    int[] after = x.activeAfter();
    int nb = x.activeBeforeCount();
    int na = x.activeAfterCount();
    boolean[] xt = x.before();
    boolean[] xt1 = x.after();
    if (beforeOnly.length < x.size()) {
      beforeOnly = new int[x.size()];
      afterOnly = new int[x.size()];
      both = new int[x.size()];
    }
    int nBeforeOnly = 0;
    int nBoth = 0;
    for (int c = 0; c < nb; c++) {
      int j = before[c];
      int alsoAfter = xt1[j] ? 1 : 0;
      beforeOnly[nBeforeOnly] = j;
      both[nBoth] = j;
      nBeforeOnly += 1 - alsoAfter;
      nBoth += alsoAfter;
    }
    int nAfterOnly = 0;
    for (int c = 0; c < na; c++) {
      int j = after[c];
      afterOnly[nAfterOnly] = j;
      nAfterOnly += xt[j] ? 0 : 1;
    }
    int[] rowStart = wee.rowStart();
    double potentiation = etaStdp * 1.0;
    double depression = etaStdp * -1.0;
    if (pattern.refresh(wee)) {
      int words = pattern.words();
      if (beforeBits.length != words) {
        beforeBits = new long[words];
        afterBits = new long[words];
        eitherBits = new long[words];
      }
      toBits(before, nb, beforeBits);
      toBits(after, na, afterBits);
      for (int q = 0; q < words; q++) {
        eitherBits[q] = beforeBits[q] ^ afterBits[q];
      }
      long[] bits = pattern.bits();
      for (int r = 0; r < nBeforeOnly; r++) { // pre at t only: potentiation of the posts active at t+1
        int j = beforeOnly[r];
        changeHits(wee, j, rowStart[j], bits, j * words, afterBits, null, potentiation, 0.0);
      }
      for (int r = 0; r < nAfterOnly; r++) { // pre at t+1 only: depression of the posts active at t
        int j = afterOnly[r];
        changeHits(wee, j, rowStart[j], bits, j * words, beforeBits, null, depression, 0.0);
      }
      for (int r = 0; r < nBoth; r++) { // pre at both: the posts active at exactly one of t, t+1
        int j = both[r];
        changeHits(
            wee, j, rowStart[j], bits, j * words, eitherBits, afterBits, depression, potentiation);
      }
    } else {
      visitRows(wee, x, nBeforeOnly, nAfterOnly, nBoth, potentiation, depression);
    }
    // the columns written: potentiation reaches posts active at t+1 from rows active at t,
    // depression posts active at t from rows active at t+1 (marking one more is harmless: the
    // normalisation of a column that did not change changes nothing; marking only the columns
    // an entry was written in, about two in three of these at ne = 200, measured no faster)
    if (nb > 0) {
      for (int c = 0; c < na; c++) {
        wee.markChanged(after[c]);
      }
    }
    if (na > 0) {
      for (int c = 0; c < nb; c++) {
        wee.markChanged(before[c]);
      }
    }
  }

  /**
   * The entries of row j whose postsynaptic unit is set in {@code hits}, found from the row's bits
   * (the index of the entry for column i is the row's start plus the number of its columns below
   * i): each becomes clip(w + delta), or clip(w + deltaIfSet) where {@code alsoSet} has the unit's
   * bit; an entry that is 0 (a pruned synapse) stays so. The clip of both bounds is what the
   * package's whole-matrix clip gives the entry (its second application changes nothing).
   */
  private static void changeHits(
      TrackedWeights wee,
      int j,
      int start,
      long[] bits,
      int base,
      long[] hits,
      long[] alsoSet,
      double delta,
      double deltaIfSet) {
    wee.syncRow(j);
    double[] w = wee.rowWeights(); // this row brought up to date
    int below = 0; // the row's entries in the words before q
    for (int q = 0; q < hits.length; q++) {
      long row = bits[base + q];
      long hit = row & hits[q];
      while (hit != 0L) {
        long lowest = hit & -hit;
        int k = start + below + Long.bitCount(row & (lowest - 1L));
        double wk = w[k];
        if (wk != 0.0) {
          double d = alsoSet != null && (alsoSet[q] & lowest) != 0L ? deltaIfSet : delta;
          w[k] = clip(wk + d);
        }
        hit ^= lowest;
      }
      below += Long.bitCount(row);
    }
  }

  /** The active units as bits: unit j is bit j % 64 of word j / 64. */
  private static void toBits(int[] active, int count, long[] out) {
    java.util.Arrays.fill(out, 0L);
    for (int c = 0; c < count; c++) {
      int j = active[c];
      out[j >>> 6] |= 1L << j;
    }
  }

  /**
   * The same changes, each visited row read whole (where rows hold fewer entries than the pattern
   * has words): every entry is written, most with the value it has.
   */
  private void visitRows(
      TrackedWeights wee,
      Activity x,
      int nBeforeOnly,
      int nAfterOnly,
      int nBoth,
      double potentiation,
      double depression) {
    boolean[] xt = x.before();
    boolean[] xt1 = x.after();
    int[] rowStart = wee.rowStart();
    int[] post = wee.postsynaptic();
    for (int r = 0; r < nBeforeOnly; r++) { // pre at t only: potentiation of the posts active at t+1
      int j = beforeOnly[r];
      wee.syncRow(j);
      double[] w = wee.rowWeights(); // this row brought up to date
      int end = rowStart[j + 1];
      if (etaStdp >= 0.0) {
        for (int k = rowStart[j]; k < end; k++) {
          double wk = w[k];
          w[k] = select(xt1[post[k]] & wk != 0.0, clipAbove(wk + potentiation), wk);
        }
      } else { // a negative eta: the clip may meet either bound
        for (int k = rowStart[j]; k < end; k++) {
          double wk = w[k];
          w[k] = select(xt1[post[k]] & wk != 0.0, clip(wk + potentiation), wk);
        }
      }
    }
    for (int r = 0; r < nAfterOnly; r++) { // pre at t+1 only: depression of the posts active at t
      int j = afterOnly[r];
      wee.syncRow(j);
      double[] w = wee.rowWeights();
      int end = rowStart[j + 1];
      if (etaStdp >= 0.0) {
        for (int k = rowStart[j]; k < end; k++) {
          double wk = w[k];
          w[k] = select(xt[post[k]] & wk != 0.0, clipBelow(wk + depression), wk);
        }
      } else {
        for (int k = rowStart[j]; k < end; k++) {
          double wk = w[k];
          w[k] = select(xt[post[k]] & wk != 0.0, clip(wk + depression), wk);
        }
      }
    }
    for (int r = 0; r < nBoth; r++) { // pre at both: a post active at exactly one of t, t+1 decides
      int j = both[r];
      wee.syncRow(j);
      double[] w = wee.rowWeights();
      int end = rowStart[j + 1];
      for (int k = rowStart[j]; k < end; k++) {
        int i = post[k];
        double wk = w[k];
        double v = clip(wk + (xt1[i] ? potentiation : depression));
        w[k] = select(xt1[i] != xt[i] & wk != 0.0, v, wk);
      }
    }
  }

  /** Whether the last step found the entries to change from the rows' bits (for the tests). */
  boolean findsRowsByBits() {
    return pattern.used();
  }

  /** v where the entry changes, else w: a select on bits, without a branch to mispredict. */
  private static double select(boolean changes, double v, double w) {
    long mask = -(long) (changes ? 1 : 0);
    long bits = Double.doubleToRawLongBits(w);
    return Double.longBitsToDouble(bits ^ (mask & (bits ^ Double.doubleToRawLongBits(v))));
  }

  /**
   * Row j when eta is not finite: the package's expression on every entry w_ji != 0, since eta*0
   * is NaN then (and no clip as it is written: the whole matrix is clipped after).
   */
  private void updateRowNotFinite(TrackedWeights wee, Activity x, int j) {
    boolean[] xt = x.before();
    boolean[] xt1 = x.after();
    double xjt = xt[j] ? 1.0 : 0.0;
    double xjt1 = xt1[j] ? 1.0 : 0.0;
    int[] post = wee.postsynaptic();
    wee.syncRow(j);
    double[] w = wee.rowWeights();
    for (int k = wee.rowStart()[j]; k < wee.rowStart()[j + 1]; k++) {
      if (w[k] != 0.0) {
        int i = post[k];
        w[k] = w[k] + etaStdp * ((xt1[i] ? 1.0 : 0.0) * xjt - (xt[i] ? 1.0 : 0.0) * xjt1);
        wee.markChanged(i);
      }
    }
  }

  /**
   * min(max(v, 0), 1) for v = w + eta with eta >= 0 and the clip applied by this rule: either w is
   * in [0, 1] and not 0 (the matrix was clipped; the entries equal to 0 are not written), so v > 0
   * and only the upper bound can apply; or w is anything and the whole matrix is clipped after this
   * rule (clipAll), and clipping v from above first does not change what that clip then gives. NaN
   * stays NaN, as in the package.
   */
  private static double clipAbove(double v) {
    return v > 1.0 ? 1.0 : v;
  }

  /** The same for v = w - eta, eta >= 0: only the lower bound can apply; -0.0 cannot arise. */
  private static double clipBelow(double v) {
    return Math.max(v, 0.0);
  }

  /** The package's clip of one value: w <= 0 -> 0, then w > 1 -> 1 (NaN stays NaN). */
  private static double clip(double v) {
    return Math.min(Math.max(v, 0.0), 1.0);
  }

  /**
   * Over every stored entry, as the package over the whole matrix: w <= 0 -> 0, then w > 1 -> 1.
   * min(max(w, 0), 1) is the same map, NaN and -0.0 included. Only an entry it changes is written
   * and its column marked (bits compared, so that -0.0 becomes 0.0 as in the package).
   */
  private static void clip(TrackedWeights wee) {
    double[] w = wee.weights();
    int[] post = wee.postsynaptic();
    int stored = wee.stored();
    for (int k = 0; k < stored; k++) {
      double v = w[k];
      double c = Math.min(Math.max(v, 0.0), 1.0);
      if (Double.doubleToRawLongBits(c) != Double.doubleToRawLongBits(v)) {
        w[k] = c;
        wee.markChanged(post[k]);
      }
    }
  }
}
