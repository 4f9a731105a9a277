package org.sorn.shell;

import java.util.Map;
import java.util.function.DoublePredicate;
import org.sorn.api.Hyperparameters;
import org.sorn.api.NetworkSnapshot;

/**
 * Checks that the arrays of a state fit one network (spec section 1) and holds values the model can
 * run from, then lays them out as a {@link NetworkSnapshot}.
 */
final class StateShapes {
  private final Map<String, NumericArray> arrays;
  private final int ne;
  private final int ni;

  /**
   * Checks the shapes.
   *
   * @param ne the {@code --ne} option, or null when the state decides
   * @throws IllegalArgumentException naming the array whose shape does not fit
   */
  StateShapes(Map<String, NumericArray> arrays, Integer ne) {
    this.arrays = arrays;
    NumericArray wee = arrays.get("Wee");
    if (wee.dimensions() != 2 || wee.rows() != wee.columns()) {
      throw new IllegalArgumentException(
          "Wee must be square (ne x ne), got shape " + wee.shapeText());
    }
    this.ne = wee.rows();
    if (ne != null && ne != this.ne) {
      throw new IllegalArgumentException(
          "Wee has shape " + wee.shapeText() + " (ne " + this.ne + "), but --ne is " + ne);
    }
    if (this.ne < 5) {
      throw new IllegalArgumentException(
          "Wee has shape " + wee.shapeText() + ", but ne must be at least 5");
    }
    this.ni = Hyperparameters.inhibitoryCount(this.ne);
    expectMatrix("Wei", ni, this.ne, "(ni, ne)");
    expectMatrix("Wie", this.ne, ni, "(ne, ni)");
    expectVector("Te", this.ne, "ne");
    expectVector("Ti", ni, "ni");
    expectMatrix("X", this.ne, 2, "(ne, 2)");
    expectMatrix("Y", ni, 2, "(ni, 2)");
  }

  /** The snapshot, once every value is checked. */
  NetworkSnapshot snapshot() {
    NetworkSnapshot s = new NetworkSnapshot();
    s.wee = weights("Wee");
    s.wei = weights("Wei");
    s.wie = weights("Wie");
    s.te = thresholds("Te");
    s.ti = thresholds("Ti");
    s.x = activity("X");
    s.y = activity("Y");
    return s;
  }

  private void expectMatrix(String key, int rows, int columns, String symbolic) {
    NumericArray a = arrays.get(key);
    if (a.dimensions() != 2 || a.rows() != rows || a.columns() != columns) {
      throw new IllegalArgumentException(
          key
              + " must have shape "
              + symbolic
              + " = ("
              + rows
              + ", "
              + columns
              + ") for ne "
              + ne
              + ", got "
              + a.shapeText());
    }
  }

  private void expectVector(String key, int length, String symbolic) {
    NumericArray a = arrays.get(key);
    boolean flat = a.dimensions() == 1 && a.rows() == length;
    boolean column = a.dimensions() == 2 && a.rows() == length && a.columns() == 1;
    if (!flat && !column) {
      throw new IllegalArgumentException(
          key
              + " must have shape ("
              + symbolic
              + ",) or ("
              + symbolic
              + ", 1) = ("
              + length
              + ",) for ne "
              + ne
              + ", got "
              + a.shapeText());
    }
  }

  /** Weights are >= 0; NaN is allowed because the package leaves it in a column pruned to zero. */
  private double[][] weights(String key) {
    NumericArray a = arrays.get(key);
    check(
        a,
        key,
        v -> Double.isNaN(v) || (v >= 0 && v < Double.POSITIVE_INFINITY),
        "a finite weight >= 0 (or NaN)");
    return a.toMatrix();
  }

  private double[] thresholds(String key) {
    NumericArray a = arrays.get(key);
    check(a, key, Double::isFinite, "a finite threshold");
    return a.values().clone();
  }

  private double[][] activity(String key) {
    NumericArray a = arrays.get(key);
    check(a, key, v -> v == 0 || v == 1, "0 or 1");
    return a.toMatrix();
  }

  private static void check(NumericArray a, String key, DoublePredicate valid, String expected) {
    double[] v = a.values();
    for (int k = 0; k < v.length; k++) {
      if (!valid.test(v[k])) {
        String index =
            a.dimensions() == 1
                ? "[" + k + "]"
                : "[" + k / a.columns() + "][" + k % a.columns() + "]";
        throw new IllegalArgumentException(key + index + " must be " + expected + ", got " + v[k]);
      }
    }
  }
}
