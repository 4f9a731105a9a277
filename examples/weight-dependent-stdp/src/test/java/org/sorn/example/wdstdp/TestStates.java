package org.sorn.example.wdstdp;

import java.util.Arrays;
import org.sorn.api.NetworkSnapshot;
import org.sorn.engine.SornState;

/** Small real engine states for unit tests. */
final class TestStates {

  /**
   * A state with the given W^EE and W^EI (nonzero entries stored), thresholds 0.5 and the
   * activities given as {previous, current} columns.
   */
  static SornState of(double[][] wee, double[][] wei, double[][] x, double[][] y) {
    int ne = wee.length;
    int ni = wei.length;
    NetworkSnapshot s = new NetworkSnapshot();
    s.wee = wee;
    s.wei = wei;
    s.wie = new double[ne][ni];
    s.te = filled(ne, 0.5);
    s.ti = filled(ni, 0.5);
    s.x = x;
    s.y = y;
    return SornState.of(s, 1);
  }

  /** Activity columns {x(t), x(t+1)} from two 0/1 strings such as "0110". */
  static double[][] activity(String t, String t1) {
    double[][] columns = new double[t.length()][2];
    for (int i = 0; i < t.length(); i++) {
      columns[i][0] = t.charAt(i) == '1' ? 1.0 : 0.0;
      columns[i][1] = t1.charAt(i) == '1' ? 1.0 : 0.0;
    }
    return columns;
  }

  private static double[] filled(int n, double value) {
    double[] a = new double[n];
    Arrays.fill(a, value);
    return a;
  }

  private TestStates() {}
}
