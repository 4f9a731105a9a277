package org.sorn.engine;

import org.sorn.api.NetworkSnapshot;
import org.sorn.api.run.RunDescription;
import org.sorn.api.run.RunRequest;
import org.sorn.api.run.RunRules;

/** Checks a run request before anything is built; each failure is one line naming the input. */
final class RunValidation {
  private RunValidation() {}

  static void check(RunRequest request) {
    RunDescription d = request.description();
    if (d == null) {
      throw new IllegalArgumentException("a run needs a description");
    }
    if (d.ne() < 5) {
      throw new IllegalArgumentException(
          "ne must be at least 5 (so that ni = int(0.2*ne) >= 1), got " + d.ne());
    }
    if (d.nu() < 0 || d.nu() > d.ne()) {
      throw new IllegalArgumentException("nu must be between 0 and ne (" + d.ne() + "), got " + d.nu());
    }
    if (d.steps() < 0) {
      throw new IllegalArgumentException("steps must be >= 0, got " + d.steps());
    }
    if (d.phase() == null) {
      throw new IllegalArgumentException("a run needs a phase (plasticity or training)");
    }
    if (!(d.noiseSigma() >= 0) || Double.isInfinite(d.noiseSigma())) {
      throw new IllegalArgumentException("noise sigma must be a finite number >= 0, got " + d.noiseSigma());
    }
    // the command line's rules, in its words (RunRules): a front gets what ./sorn run refuses
    String refused = RunRules.refusal(d.parameters(), d.ne(), RunRules.NAME);
    if (refused != null) {
      throw new IllegalArgumentException(refused);
    }
    if (request.input() != null && request.input().length() >= 0
        && request.input().length() < d.steps()) {
      throw new IllegalArgumentException(
          "the input has " + request.input().length() + " steps, the run needs " + d.steps());
    }
    if (request.initialState() != null) {
      checkShapes(request.initialState(), d.ne(), d.ni());
    }
  }

  static void checkShapes(NetworkSnapshot s, int ne, int ni) {
    matrix("Wee", s.wee, ne, ne);
    matrix("Wei", s.wei, ni, ne);
    matrix("Wie", s.wie, ne, ni);
    vector("Te", s.te, ne);
    vector("Ti", s.ti, ni);
    matrix("X", s.x, ne, 2);
    matrix("Y", s.y, ni, 2);
  }

  private static void matrix(String name, double[][] m, int rows, int columns) {
    if (m == null) {
      throw new IllegalArgumentException("state is missing " + name);
    }
    if (m.length != rows) {
      throw new IllegalArgumentException(
          "state " + name + " must be " + rows + " x " + columns + ", got " + m.length + " rows");
    }
    for (double[] row : m) {
      if (row == null || row.length != columns) {
        throw new IllegalArgumentException(
            "state " + name + " must be " + rows + " x " + columns + ", got a row of "
                + (row == null ? 0 : row.length));
      }
    }
  }

  private static void vector(String name, double[] v, int length) {
    if (v == null || v.length != length) {
      throw new IllegalArgumentException(
          "state " + name + " must have " + length + " values, got " + (v == null ? 0 : v.length));
    }
  }
}
