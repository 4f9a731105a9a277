package org.sorn.testkit;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.sorn.api.NetworkSnapshot;
import org.sorn.engine.SornState;

/** Small real engine states for unit tests, from the package's dense layout. */
public final class TestStates {
  private TestStates() {}

  /**
   * A state with the given W^EE and W^EI (nonzero entries stored), W^IE zero, thresholds 0.5, one
   * input unit and the activities given as {previous, current} columns.
   */
  public static SornState of(double[][] wee, double[][] wei, double[][] x, double[][] y) {
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
  public static double[][] activity(String t, String t1) {
    double[][] columns = new double[t.length()][2];
    for (int i = 0; i < t.length(); i++) {
      columns[i][0] = t.charAt(i) == '1' ? 1.0 : 0.0;
      columns[i][1] = t1.charAt(i) == '1' ? 1.0 : 0.0;
    }
    return columns;
  }

  /**
   * A random state: sparse W^EE without self-connections, sparse W^EI, dense W^IE, thresholds in
   * the package's initial ranges and random current activities (previous ones silent).
   */
  public static SornState random(SplittableRandom random, int ne, int ni, int nu) {
    NetworkSnapshot s = new NetworkSnapshot();
    s.wee = matrix(random, ne, ne, 0.2, 0.3);
    for (int j = 0; j < ne; j++) {
      s.wee[j][j] = 0.0;
    }
    s.wei = matrix(random, ni, ne, 0.5, 0.2);
    s.wie = matrix(random, ne, ni, 1.0, 0.2);
    s.te = vector(random, ne, 1.0);
    s.ti = vector(random, ni, 0.5);
    s.x = activity(random, ne);
    s.y = activity(random, ni);
    return SornState.of(s, nu);
  }

  private static double[][] matrix(
      SplittableRandom random, int rows, int columns, double density, double scale) {
    double[][] m = new double[rows][columns];
    for (double[] row : m) {
      for (int i = 0; i < columns; i++) {
        row[i] = random.nextDouble() < density ? scale * random.nextDouble() : 0.0;
      }
    }
    return m;
  }

  private static double[] vector(SplittableRandom random, int n, double scale) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = scale * random.nextDouble();
    }
    return v;
  }

  private static double[][] activity(SplittableRandom random, int n) {
    double[][] columns = new double[n][2];
    for (double[] c : columns) {
      c[1] = random.nextDouble() < 0.3 ? 1.0 : 0.0;
    }
    return columns;
  }

  private static double[] filled(int n, double value) {
    double[] a = new double[n];
    Arrays.fill(a, value);
    return a;
  }
}
