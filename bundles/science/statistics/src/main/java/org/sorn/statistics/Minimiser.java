package org.sorn.statistics;

import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * Derivative-free minimisation for the likelihood fits: Brent's method on an interval (golden
 * sections with parabolic steps) for one parameter, Nelder and Mead's simplex for two. A
 * non-finite value counts as +infinity, so a fit never steps outside where its model is defined.
 */
final class Minimiser {
  private static final double GOLDEN = 0.3819660112501051;

  private Minimiser() {}

  /** The x in [lo, hi] where f is least (f unimodal there), to about {@code tolerance}. */
  static double brent(DoubleUnaryOperator f, double lo, double hi, double tolerance) {
    double a = lo;
    double b = hi;
    double x = a + GOLDEN * (b - a);
    double w = x;
    double v = x;
    double fx = value(f, x);
    double fw = fx;
    double fv = fx;
    double d = 0;
    double e = 0;
    for (int iteration = 0; iteration < 500; iteration++) {
      double middle = 0.5 * (a + b);
      double tol1 = tolerance * Math.abs(x) + 1e-12;
      double tol2 = 2 * tol1;
      if (Math.abs(x - middle) <= tol2 - 0.5 * (b - a)) {
        break;
      }
      boolean golden = true;
      if (Math.abs(e) > tol1) {
        // a parabola through x, w and v
        double r = (x - w) * (fx - fv);
        double q = (x - v) * (fx - fw);
        double p = (x - v) * q - (x - w) * r;
        q = 2 * (q - r);
        if (q > 0) {
          p = -p;
        }
        q = Math.abs(q);
        if (Math.abs(p) < Math.abs(0.5 * q * e) && p > q * (a - x) && p < q * (b - x)) {
          e = d;
          d = p / q;
          double u = x + d;
          if (u - a < tol2 || b - u < tol2) {
            d = middle > x ? tol1 : -tol1;
          }
          golden = false;
        }
      }
      if (golden) {
        e = (x >= middle ? a : b) - x;
        d = GOLDEN * e;
      }
      double u = Math.abs(d) >= tol1 ? x + d : x + (d > 0 ? tol1 : -tol1);
      double fu = value(f, u);
      if (fu <= fx) {
        if (u >= x) {
          a = x;
        } else {
          b = x;
        }
        v = w;
        fv = fw;
        w = x;
        fw = fx;
        x = u;
        fx = fu;
      } else {
        if (u < x) {
          a = u;
        } else {
          b = u;
        }
        if (fu <= fw || w == x) {
          v = w;
          fv = fw;
          w = u;
          fw = fu;
        } else if (fu <= fv || v == x || v == w) {
          v = u;
          fv = fu;
        }
      }
    }
    return x;
  }

  /**
   * The point near {@code start} where f is least, by the Nelder-Mead simplex with initial steps
   * {@code steps}; restarted from its result until a restart no longer improves it.
   */
  static double[] simplex(ToDoubleFunction<double[]> f, double[] start, double[] steps) {
    double[] best = start.clone();
    double bestValue = value(f, best);
    for (int restart = 0; restart < 3; restart++) {
      double[] found = simplexOnce(f, best, steps);
      double foundValue = value(f, found);
      boolean improved = foundValue < bestValue - 1e-12 * (1 + Math.abs(bestValue));
      if (foundValue <= bestValue) {
        best = found;
        bestValue = foundValue;
      }
      if (!improved) {
        break;
      }
    }
    return best;
  }

  private static double[] simplexOnce(ToDoubleFunction<double[]> f, double[] start,
      double[] steps) {
    int n = start.length;
    double[][] p = new double[n + 1][];
    double[] y = new double[n + 1];
    p[0] = start.clone();
    y[0] = value(f, p[0]);
    for (int i = 0; i < n; i++) {
      p[i + 1] = start.clone();
      p[i + 1][i] += steps[i];
      y[i + 1] = value(f, p[i + 1]);
    }
    for (int iteration = 0; iteration < 4_000; iteration++) {
      sort(p, y);
      double spread = Math.abs(y[n] - y[0]);
      if (spread <= 1e-13 * (Math.abs(y[0]) + 1e-10) && size(p) < 1e-9) {
        break;
      }
      if (size(p) < 1e-13) {
        break;
      }
      double[] centroid = new double[n];
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < n; k++) {
          centroid[k] += p[i][k] / n;
        }
      }
      double[] reflected = along(centroid, p[n], -1);
      double yr = value(f, reflected);
      if (yr < y[0]) {
        double[] expanded = along(centroid, p[n], -2);
        double ye = value(f, expanded);
        if (ye < yr) {
          p[n] = expanded;
          y[n] = ye;
        } else {
          p[n] = reflected;
          y[n] = yr;
        }
      } else if (yr < y[n - 1]) {
        p[n] = reflected;
        y[n] = yr;
      } else {
        boolean outside = yr < y[n];
        double[] contracted = along(centroid, outside ? reflected : p[n], 0.5);
        double yc = value(f, contracted);
        if (yc < (outside ? yr : y[n])) {
          p[n] = contracted;
          y[n] = yc;
        } else {
          for (int i = 1; i <= n; i++) {
            p[i] = along(p[0], p[i], 0.5);
            y[i] = value(f, p[i]);
          }
        }
      }
    }
    sort(p, y);
    return p[0];
  }

  /** from + t (to - from). */
  private static double[] along(double[] from, double[] to, double t) {
    double[] r = new double[from.length];
    for (int k = 0; k < r.length; k++) {
      r[k] = from[k] + t * (to[k] - from[k]);
    }
    return r;
  }

  private static double size(double[][] p) {
    double s = 0;
    for (int i = 1; i < p.length; i++) {
      for (int k = 0; k < p[0].length; k++) {
        s = Math.max(s, Math.abs(p[i][k] - p[0][k]));
      }
    }
    return s;
  }

  private static void sort(double[][] p, double[] y) {
    for (int i = 1; i < y.length; i++) {
      for (int j = i; j > 0 && y[j] < y[j - 1]; j--) {
        double t = y[j];
        y[j] = y[j - 1];
        y[j - 1] = t;
        double[] q = p[j];
        p[j] = p[j - 1];
        p[j - 1] = q;
      }
    }
  }

  private static double value(DoubleUnaryOperator f, double x) {
    double v = f.applyAsDouble(x);
    return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
  }

  private static double value(ToDoubleFunction<double[]> f, double[] x) {
    double v = f.applyAsDouble(x);
    return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
  }
}
