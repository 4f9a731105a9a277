package org.sorn.plots;

import java.awt.Color;
import java.io.IOException;
import java.util.Locale;
import org.sorn.statistics.LognormalFit;

/**
 * The plots of the last W^EE snapshot's weights (spec section 8): the package's
 * weight_distribution and the two panels of its linear_lognormal_fit, each as its own plot.
 */
final class WeightPlots {
  private static final int BINS = 50;
  private static final double MINIMUM = LognormalFit.PACKAGE_MINIMUM;
  private static final Color BARS = new Color(0x9ecae1);
  /** The y axis reaches this far above the data, so the five-line legend stays clear of it. */
  private static final double HEADROOM = 1.45;

  private WeightPlots() {}

  /** The package's weight_distribution: the count of each weight bin at its left edge. */
  static void distribution(double[][] wee, Surface out) throws IOException {
    double[] w = kept(wee);
    Histogram h = Histogram.linear(w, MINIMUM, Math.max(MINIMUM * 2, largest(w)), BINS);
    Chart c = new Chart(out, "EE weight distribution (last W^EE snapshot)", "weight",
        "number of synapses", new double[] {0, h.edges()[BINS]},
        new double[] {0, Math.max(1, Histogram.max(h.counts()) * 1.1)});
    c.line(h.starts(), h.counts(), new Color(31, 119, 180, 90), 1f);
    c.points(h.starts(), h.counts(), 4, Chart.BLUE);
    c.note(String.format(Locale.ROOT, "%d weights >= %.2f in %d bins, at left edges", w.length,
        MINIMUM, BINS), 0, Color.BLACK);
    c.write();
  }

  /** The linear panel of linear_lognormal_fit: the weight density and the fitted lognormal. */
  static void linearFit(double[][] wee, Surface out) throws IOException {
    double[] w = kept(wee);
    LognormalFit fit = LognormalFit.of(wee, MINIMUM);
    double top = Math.max(MINIMUM * 2, largest(w));
    Histogram h = Histogram.linear(w, MINIMUM, top, BINS);
    double[] density = h.density();
    double[] xs = new double[400];
    double[] ys = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = MINIMUM + (top - MINIMUM) * i / (xs.length - 1);
      ys[i] = lognormal(xs[i], fit.mu(), fit.sigma());
    }
    boolean fitted = fit.weights() > 1 && fit.sigma() > 0;
    double yTop = Math.max(Histogram.max(density), fitted ? Histogram.max(ys) : 0);
    Chart c = new Chart(out, "EE weights with their lognormal fit (linear axes)", "weight",
        "probability density", new double[] {0, top},
        new double[] {0, Math.max(1e-9, yTop * HEADROOM)});
    c.bars(h.edges(), density, BARS);
    if (fitted) {
      c.line(xs, ys, Chart.RED, 2.5f);
      markers(c, fit);
    }
    describe(c, fit);
    c.write();
  }

  /**
   * The semilogx panel of linear_lognormal_fit: on a log weight axis, the density of ln w in
   * log-spaced bins and the fitted normal of ln w, which is what a lognormal looks like there.
   */
  static void lognormalFit(double[][] wee, Surface out) throws IOException {
    double[] w = kept(wee);
    LognormalFit fit = LognormalFit.of(wee, MINIMUM);
    double lo = MINIMUM;
    double hi = Math.max(MINIMUM * 10, largest(w));
    for (double v : w) {
      lo = Math.min(lo, v);
    }
    Histogram h = Histogram.logarithmic(w, lo, hi, BINS);
    double[] density = h.densityOfLog();
    double[] xs = new double[400];
    double[] ys = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = lo * Math.pow(hi / lo, i / (xs.length - 1.0));
      double z = (Math.log(xs[i]) - fit.mu()) / fit.sigma();
      ys[i] = Math.exp(-z * z / 2) / (fit.sigma() * Math.sqrt(2 * Math.PI));
    }
    boolean fitted = fit.weights() > 1 && fit.sigma() > 0;
    double yTop = Math.max(Histogram.max(density), fitted ? Histogram.max(ys) : 0);
    Chart c = new Chart(out, "EE weights with their lognormal fit (log weight axis)",
        "weight (log scale)", "density of ln(weight)", new double[] {lo, hi},
        new double[] {0, Math.max(1e-9, yTop * HEADROOM)}, 0, true);
    c.bars(h.edges(), density, BARS);
    if (fitted) {
      c.line(xs, ys, Chart.RED, 2.5f);
      markers(c, fit);
    }
    describe(c, fit);
    c.write();
  }

  /** The package marks the mode, the mean and the median of the fitted lognormal. */
  private static void markers(Chart c, LognormalFit fit) {
    c.marker(fit.mode(), Chart.GREEN);
    c.marker(fit.median(), Chart.ORANGE);
    c.marker(fit.mean(), Chart.GREY);
  }

  /** The legend; the plots leave the top third free for it. */
  private static void describe(Chart c, LognormalFit fit) {
    c.note(String.format(Locale.ROOT, "%d weights >= %.2f", fit.weights(), MINIMUM), 0,
        Color.BLACK);
    c.note(String.format(Locale.ROOT, "lognormal fit: mu = %.3f, sigma = %.3f", fit.mu(),
        fit.sigma()), 1, Chart.RED);
    c.note(String.format(Locale.ROOT, "- - mode %.4f", fit.mode()), 2, Chart.GREEN);
    c.note(String.format(Locale.ROOT, "- - median %.4f", fit.median()), 3, Chart.ORANGE);
    c.note(String.format(Locale.ROOT, "- - mean %.4f", fit.mean()), 4, Chart.GREY);
  }

  /** The weights the package keeps: at least 0.01 (absent synapses are 0). */
  static double[] kept(double[][] wee) {
    int n = 0;
    for (double[] row : wee) {
      for (double v : row) {
        if (v >= MINIMUM) {
          n++;
        }
      }
    }
    double[] w = new double[n];
    int k = 0;
    for (double[] row : wee) {
      for (double v : row) {
        if (v >= MINIMUM) {
          w[k++] = v;
        }
      }
    }
    return w;
  }

  private static double largest(double[] w) {
    double m = 0;
    for (double v : w) {
      m = Math.max(m, v);
    }
    return m;
  }

  private static double lognormal(double x, double mu, double sigma) {
    double z = (Math.log(x) - mu) / sigma;
    return Math.exp(-z * z / 2) / (x * sigma * Math.sqrt(2 * Math.PI));
  }
}
