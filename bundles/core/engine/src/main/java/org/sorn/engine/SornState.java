package org.sorn.engine;

import org.sorn.api.NetworkSnapshot;
import org.sorn.api.NetworkState;

/** The engine's network state: sparse weights, thresholds and activity buffers. */
public final class SornState implements NetworkState {
  private final int nu;
  private final CsrWeights wee;
  private final CsrWeights wei;
  private final CsrWeights wie;
  private final double[] te;
  private final double[] ti;
  private final ActivityBuffers x;
  private final ActivityBuffers y;
  private long step;

  public SornState(
      int nu,
      CsrWeights wee,
      CsrWeights wei,
      CsrWeights wie,
      double[] te,
      double[] ti,
      ActivityBuffers x,
      ActivityBuffers y) {
    this.nu = nu;
    this.wee = wee;
    this.wei = wei;
    this.wie = wie;
    this.te = te;
    this.ti = ti;
    this.x = x;
    this.y = y;
  }

  /**
   * A state from the package's dense layout. W^EE and W^EI store their nonzero entries; W^IE, dense
   * in the package, stores every entry.
   */
  public static SornState of(NetworkSnapshot s, int nu) {
    int ne = s.te.length;
    int ni = s.ti.length;
    return new SornState(
        nu,
        CsrWeights.of(s.wee, ne, false),
        CsrWeights.of(s.wei, ne, false),
        CsrWeights.of(s.wie, ni, true),
        s.te.clone(),
        s.ti.clone(),
        ActivityBuffers.of(s.x),
        ActivityBuffers.of(s.y));
  }

  /** An independent copy, step count included: what a snapshot of a running network hands out. */
  public SornState copy() {
    SornState c =
        new SornState(nu, wee.copy(), wei.copy(), wie.copy(), te.clone(), ti.clone(), x.copy(), y.copy());
    c.step = step;
    return c;
  }

  /**
   * An independent copy to start a new run from: at step 0, with that run's number of input units,
   * and without pruned synapses (as a state read from a dense copy).
   */
  public SornState startingCopy(int nu) {
    CsrWeights e = wee.copy();
    e.compact();
    CsrWeights i = wei.copy();
    i.compact();
    return new SornState(nu, e, i, wie.copy(), te.clone(), ti.clone(), x.copy(), y.copy());
  }

  /** A dense copy in the package's layout. */
  public NetworkSnapshot toSnapshot() {
    NetworkSnapshot s = new NetworkSnapshot();
    s.wee = wee.toDense();
    s.wei = wei.toDense();
    s.wie = wie.toDense();
    s.te = te.clone();
    s.ti = ti.clone();
    s.x = x.toColumns();
    s.y = y.toColumns();
    return s;
  }

  @Override
  public int ne() {
    return te.length;
  }

  @Override
  public int ni() {
    return ti.length;
  }

  @Override
  public int nu() {
    return nu;
  }

  @Override
  public long step() {
    return step;
  }

  void advance() {
    step++;
  }

  void advanceTo(long steps) {
    step = steps;
  }

  /** Brings every deferred entry of every matrix up to date (before a plain rule). */
  public void bringUpToDate() {
    wee.syncAll();
    wei.syncAll();
    wie.syncAll();
  }

  /** Marks every column of every matrix as changed (after a plain rule). */
  public void markAllChanged() {
    wee.markAllChanged();
    wei.markAllChanged();
    wie.markAllChanged();
  }

  @Override
  public CsrWeights wee() {
    return wee;
  }

  @Override
  public CsrWeights wei() {
    return wei;
  }

  @Override
  public CsrWeights wie() {
    return wie;
  }

  @Override
  public double[] te() {
    return te;
  }

  @Override
  public double[] ti() {
    return ti;
  }

  @Override
  public ActivityBuffers x() {
    return x;
  }

  @Override
  public ActivityBuffers y() {
    return y;
  }
}
