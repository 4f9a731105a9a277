package org.sorn.testkit;

import java.util.Arrays;
import org.sorn.api.NetworkSnapshot;
import org.sorn.api.NetworkState;
import org.sorn.api.SynapticWeights;

/**
 * Dense copies of network states, in the package's layout, and their comparison bit for bit: a run
 * started from a copy goes on as the original would, so copies chain runs into references.
 *
 * <p>Uses the API only, so that test code inside a framework (Pax Exam) can load it from a bundle
 * importing {@code org.sorn.api} alone.
 */
public final class Snapshots {
  private Snapshots() {}

  /** A dense copy of {@code state}: W from the compressed rows, x and y as {before, after}. */
  public static NetworkSnapshot of(NetworkState state) {
    return NetworkSnapshot.of(state);
  }

  /**
   * The first array where {@code a} and {@code b} differ, with the first differing entry, or null
   * when every array is equal bit for bit ({@link Arrays#equals(double[], double[])}).
   */
  public static String firstDifference(NetworkSnapshot a, NetworkSnapshot b) {
    String d = difference("Wee", a.wee, b.wee);
    d = d != null ? d : difference("Wei", a.wei, b.wei);
    d = d != null ? d : difference("Wie", a.wie, b.wie);
    d = d != null ? d : difference("Te", new double[][] {a.te}, new double[][] {b.te});
    d = d != null ? d : difference("Ti", new double[][] {a.ti}, new double[][] {b.ti});
    d = d != null ? d : difference("X", a.x, b.x);
    return d != null ? d : difference("Y", a.y, b.y);
  }

  private static String difference(String name, double[][] a, double[][] b) {
    if (a.length != b.length) {
      return name + ": " + a.length + " vs " + b.length + " rows";
    }
    for (int r = 0; r < a.length; r++) {
      if (!Arrays.equals(a[r], b[r])) {
        int c = Arrays.mismatch(a[r], b[r]);
        return c < 0 || c >= Math.min(a[r].length, b[r].length)
            ? name + " row " + r + ": " + a[r].length + " vs " + b[r].length + " entries"
            : name + "[" + r + "][" + c + "]: " + a[r][c] + " vs " + b[r][c];
      }
    }
    return null;
  }

  /** A dense copy of {@code w}, W[pre][post], with 0.0 where no entry is stored. */
  public static double[][] dense(SynapticWeights w) {
    return NetworkSnapshot.dense(w);
  }
}
