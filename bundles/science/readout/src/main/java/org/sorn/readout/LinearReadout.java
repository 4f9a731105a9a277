package org.sorn.readout;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * A linear readout: scores = W^T [s; 1] for a state s, with W fitted on training states to
 * targets by least squares (ridge 0, the Moore-Penrose pseudo-inverse) or ridge regression
 * (minimises |S W - Y|^2 + ridge |W|^2, the bias not penalised). As a classifier the targets are
 * one-hot and the class is the highest score.
 */
public final class LinearReadout {
  /** (units + 1) x outputs, the last row the bias. */
  private final DMatrixRMaj weights;

  private LinearReadout(DMatrixRMaj weights) {
    this.weights = weights;
  }

  /**
   * Fits W to {@code targets} (one row per state).
   *
   * @throws IllegalArgumentException when the rows do not match, there are none, or ridge < 0
   */
  public static LinearReadout fit(double[][] states, double[][] targets, double ridge) {
    if (states.length == 0 || states.length != targets.length) {
      throw new IllegalArgumentException(
          "a readout needs as many targets as states, and at least one: got " + states.length
              + " states and " + targets.length + " targets");
    }
    if (!(ridge >= 0) || Double.isInfinite(ridge)) {
      throw new IllegalArgumentException("ridge must be a finite number >= 0, got " + ridge);
    }
    DMatrixRMaj s = withBias(states);
    DMatrixRMaj y = new DMatrixRMaj(targets);
    DMatrixRMaj w = new DMatrixRMaj(s.numCols, y.numCols);
    if (ridge > 0) {
      // normal equations (S^T S + ridge I') W = S^T Y: symmetric positive definite
      DMatrixRMaj a = new DMatrixRMaj(s.numCols, s.numCols);
      CommonOps_DDRM.multTransA(s, s, a);
      for (int i = 0; i < s.numCols - 1; i++) {
        a.add(i, i, ridge);
      }
      DMatrixRMaj b = new DMatrixRMaj(s.numCols, y.numCols);
      CommonOps_DDRM.multTransA(s, y, b);
      LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.symmPosDef(s.numCols);
      if (solver.setA(a)) {
        solver.solve(b, w);
        return new LinearReadout(w);
      }
    }
    // least squares of minimal norm; also the fallback when rounding broke positive definiteness
    LinearSolverDense<DMatrixRMaj> pinv = LinearSolverFactory_DDRM.pseudoInverse(true);
    pinv.setA(s);
    pinv.solve(y, w);
    return new LinearReadout(w);
  }

  /**
   * A classifier: fits one-hot targets of {@code labels} (0 .. classes-1).
   *
   * @throws IllegalArgumentException when a label is out of range (and as {@link #fit})
   */
  public static LinearReadout classifier(double[][] states, int[] labels, int classes, double ridge) {
    if (labels.length != states.length) {
      throw new IllegalArgumentException(
          "a readout needs one label per state: got " + states.length + " states and "
              + labels.length + " labels");
    }
    double[][] oneHot = new double[labels.length][classes];
    for (int r = 0; r < labels.length; r++) {
      if (labels[r] < 0 || labels[r] >= classes) {
        throw new IllegalArgumentException(
            "labels must be in [0, " + classes + "), got " + labels[r] + " at row " + r);
      }
      oneHot[r][labels[r]] = 1.0;
    }
    return fit(states, oneHot, ridge);
  }

  private static DMatrixRMaj withBias(double[][] states) {
    int units = states[0].length;
    DMatrixRMaj s = new DMatrixRMaj(states.length, units + 1);
    for (int r = 0; r < states.length; r++) {
      if (states[r].length != units) {
        throw new IllegalArgumentException(
            "every state must have " + units + " units, row " + r + " has " + states[r].length);
      }
      for (int i = 0; i < units; i++) {
        s.unsafe_set(r, i, states[r][i]);
      }
      s.unsafe_set(r, units, 1.0);
    }
    return s;
  }

  /** The number of units a state has. */
  public int units() {
    return weights.numRows - 1;
  }

  /** The number of outputs (classes). */
  public int outputs() {
    return weights.numCols;
  }

  /** W[i][k], the weight of unit i (i = units() for the bias) on output k. */
  public double weight(int unit, int output) {
    return weights.get(unit, output);
  }

  /** Writes the scores of {@code state} into {@code scores} (length outputs()). */
  public void scores(double[] state, double[] scores) {
    int units = units();
    for (int k = 0; k < scores.length; k++) {
      scores[k] = weights.unsafe_get(units, k);
    }
    for (int i = 0; i < units; i++) {
      double s = state[i];
      if (s != 0) {
        for (int k = 0; k < scores.length; k++) {
          scores[k] += s * weights.unsafe_get(i, k);
        }
      }
    }
  }

  /** The class of {@code state}: the output with the highest score (the first of equals). */
  public int classify(double[] state) {
    return classify(state, new double[outputs()]);
  }

  private int classify(double[] state, double[] scores) {
    scores(state, scores);
    int best = 0;
    for (int k = 1; k < scores.length; k++) {
      if (scores[k] > scores[best]) {
        best = k;
      }
    }
    return best;
  }

  /**
   * The fraction of the rows with {@code include[r]} that are classified as {@code labels[r]}; NaN
   * when no row is included.
   */
  public double accuracy(double[][] states, int[] labels, boolean[] include) {
    double[] scores = new double[outputs()];
    int counted = 0;
    int correct = 0;
    for (int r = 0; r < states.length; r++) {
      if (include[r]) {
        counted++;
        correct += classify(states[r], scores) == labels[r] ? 1 : 0;
      }
    }
    return counted == 0 ? Double.NaN : correct / (double) counted;
  }
}
