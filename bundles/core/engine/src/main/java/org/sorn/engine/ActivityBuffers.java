package org.sorn.engine;

import org.sorn.api.Activity;

/**
 * The activity of one population at t and t+1, as flags and as ascending lists of active units.
 * Starting a step swaps the buffers, so that the package's shift {@code X <- [x(t), x(t+1)]} costs
 * nothing.
 */
public final class ActivityBuffers implements Activity {
  private boolean[] before;
  private boolean[] after;
  private int[] activeBefore;
  private int[] activeAfter;
  private int activeBeforeCount;
  private int activeAfterCount;

  public ActivityBuffers(int size) {
    before = new boolean[size];
    after = new boolean[size];
    activeBefore = new int[size];
    activeAfter = new int[size];
  }

  /** Activity given as the package's two columns: {@code columns[i] = {previous, current}}. */
  public static ActivityBuffers of(double[][] columns) {
    ActivityBuffers a = new ActivityBuffers(columns.length);
    for (int i = 0; i < columns.length; i++) {
      a.before[i] = columns[i][0] > 0;
      a.after[i] = columns[i][1] > 0;
    }
    a.activeBeforeCount = collect(a.before, a.activeBefore);
    a.activeAfterCount = collect(a.after, a.activeAfter);
    return a;
  }

  /** The package's two columns {@code {previous, current}} as 0.0 / 1.0. */
  public double[][] toColumns() {
    double[][] columns = new double[before.length][2];
    for (int i = 0; i < before.length; i++) {
      columns[i][0] = before[i] ? 1.0 : 0.0;
      columns[i][1] = after[i] ? 1.0 : 0.0;
    }
    return columns;
  }

  /** An independent copy: flags and lists as they are now. */
  public ActivityBuffers copy() {
    ActivityBuffers a = new ActivityBuffers(before.length);
    System.arraycopy(before, 0, a.before, 0, before.length);
    System.arraycopy(after, 0, a.after, 0, after.length);
    System.arraycopy(activeBefore, 0, a.activeBefore, 0, activeBefore.length);
    System.arraycopy(activeAfter, 0, a.activeAfter, 0, activeAfter.length);
    a.activeBeforeCount = activeBeforeCount;
    a.activeAfterCount = activeAfterCount;
    return a;
  }

  /** Begins a step: what was x(t+1) becomes x(t); the returned flags receive the new x(t+1). */
  public boolean[] shift() {
    boolean[] flags = before;
    before = after;
    after = flags;
    int[] list = activeBefore;
    activeBefore = activeAfter;
    activeAfter = list;
    activeBeforeCount = activeAfterCount;
    activeAfterCount = 0;
    return after;
  }

  /** Rebuilds the list of units active at t+1 after {@link #shift()}'s flags were written. */
  public void indexAfter() {
    activeAfterCount = collect(after, activeAfter);
  }

  private static int collect(boolean[] flags, int[] into) {
    // without a branch (about one unit in ten is active, at random: a branch would mispredict);
    // n <= i, so writing into[n] for a silent unit stays inside the list and is overwritten
    int n = 0;
    for (int i = 0; i < flags.length; i++) {
      into[n] = i;
      n += flags[i] ? 1 : 0;
    }
    return n;
  }

  @Override
  public int size() {
    return before.length;
  }

  @Override
  public boolean[] before() {
    return before;
  }

  @Override
  public boolean[] after() {
    return after;
  }

  @Override
  public int[] activeBefore() {
    return activeBefore;
  }

  @Override
  public int activeBeforeCount() {
    return activeBeforeCount;
  }

  @Override
  public int[] activeAfter() {
    return activeAfter;
  }

  @Override
  public int activeAfterCount() {
    return activeAfterCount;
  }
}
