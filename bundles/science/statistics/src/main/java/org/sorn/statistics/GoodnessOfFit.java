package org.sorn.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The goodness of fit of a power-law tail by the semi-parametric bootstrap of Clauset, Shalizi and
 * Newman (2009, section 4.1), as poweRlaw's bootstrap_p: each synthetic sample has the size of the
 * data; each of its values is, with probability n_tail / n, drawn from the fitted power law, else
 * drawn with replacement from the data below x_min; the whole fit is made again on it, x_min scan
 * included (or at the same x_min when the fit's was given, as poweRlaw with xmins fixed). p is the fraction of synthetic samples whose KS distance is at least the data's; a
 * power law is ruled out when p < 0.1.
 *
 * @param p the fraction of bootstrap distances >= the data's
 * @param ksDistance the data's KS distance
 * @param bootstraps the synthetic samples drawn
 * @param seed the seed they were drawn from
 * @param failed synthetic samples whose fit failed (fewer than 3 distinct values); they count as
 *     not exceeding the data's distance, as in poweRlaw
 */
public record GoodnessOfFit(double p, double ksDistance, int bootstraps, long seed, int failed) {

  /**
   * The bootstrap p-value of {@code fit}, the power-law tail of {@code data}. Sample i draws from
   * a stream of its own, derived from {@code seed} and i, so the result does not depend on {@code
   * threads}.
   *
   * @param threads samples fitted at the same time (at least 1)
   * @param progress told the number of samples done after each: 1, 2, ... up to {@code
   *     bootstraps}, one call at a time (from the fitting threads); may be null
   */
  public static GoodnessOfFit bootstrap(double[] data, PowerLawTail fit, int bootstraps,
      long seed, int threads, IntConsumer progress) {
    if (bootstraps < 1) {
      throw new IllegalArgumentException("bootstraps must be at least 1, got " + bootstraps);
    }
    TailSample sample = TailSample.of(data, fit.discrete());
    double[] below = sample.below(fit.xmin());
    double[] distances = new double[bootstraps];
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<?>> pending = new ArrayList<>();
      for (int i = 0; i < bootstraps; i++) {
        int index = i;
        pending.add(pool.submit(() -> {
          double[] synthetic = synthetic(fit, below, sample.size(),
              new UniformStream(seed, index));
          distances[index] = distanceOf(synthetic, fit);
          // one call at a time and in order, so that a plain counter or printer may listen
          synchronized (done) {
            int finished = done.incrementAndGet();
            if (progress != null) {
              progress.accept(finished);
            }
          }
        }));
      }
      for (Future<?> f : pending) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the bootstrap was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a bootstrap sample failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    int atLeast = 0;
    int failed = 0;
    for (double d : distances) {
      if (Double.isNaN(d)) {
        failed++;
      } else if (d >= fit.ksDistance()) {
        atLeast++;
      }
    }
    return new GoodnessOfFit((double) atLeast / bootstraps, fit.ksDistance(), bootstraps, seed,
        failed);
  }

  /** The KS distance of the fit of a synthetic sample, as {@code fit} was made; NaN when none. */
  private static double distanceOf(double[] synthetic, PowerLawTail fit) {
    TailSample s = TailSample.of(synthetic, fit.discrete());
    if (fit.xminGiven()) {
      int from = s.start(fit.xmin());
      return from == s.size() ? Double.NaN : PowerLawTail.at(s, fit.xmin(), from, true).ksDistance();
    }
    return s.values.length < 3 ? Double.NaN : PowerLawTail.scan(s).ksDistance();
  }

  /** One synthetic sample of {@code size} values. */
  static double[] synthetic(PowerLawTail fit, double[] below, int size, UniformStream rng) {
    double inTail = (double) fit.tailSize() / fit.sampleSize();
    double zetaMin = fit.discrete() ? HurwitzZeta.of(fit.alpha(), fit.xmin()) : 0;
    double[] x = new double[size];
    for (int i = 0; i < size; i++) {
      if (below.length > 0 && rng.next() > inTail) {
        x[i] = below[(int) (rng.next() * below.length)];
      } else {
        x[i] = fit.discrete() ? discreteDraw(fit, zetaMin, rng.next())
            : fit.xmin() * Math.pow(1 - rng.next(), -1 / (fit.alpha() - 1));
      }
    }
    return x;
  }

  /**
   * The power-law value whose survival interval holds v = 1 - u: the x with S(x + 1) < v <= S(x),
   * S(x) = zeta(alpha, x) / zeta(alpha, x_min); from the continuous approximation, then by steps
   * that double until the interval is bracketed, then by bisection.
   */
  private static double discreteDraw(PowerLawTail fit, double zetaMin, double u) {
    double alpha = fit.alpha();
    double xmin = fit.xmin();
    double v = 1 - u;
    double guess = Math.floor((xmin - 0.5) * Math.pow(v, -1 / (alpha - 1)) + 0.5);
    if (!(guess < 1e15)) {
      return guess; // beyond where doubles hold every integer: the approximation is exact enough
    }
    double x = Math.max(xmin, guess);
    // lo: a value with S(lo) >= v; hi: one with S(hi) < v
    double lo;
    double hi;
    if (survival(alpha, x, zetaMin) >= v) {
      lo = x;
      double step = 1;
      hi = x + step;
      while (survival(alpha, hi, zetaMin) >= v) {
        lo = hi;
        step *= 2;
        hi = x + step;
      }
    } else {
      hi = x;
      double step = 1;
      lo = Math.max(xmin, x - step);
      while (lo > xmin && survival(alpha, lo, zetaMin) < v) {
        hi = lo;
        step *= 2;
        lo = Math.max(xmin, x - step);
      }
    }
    while (hi - lo > 1) {
      double mid = Math.floor((lo + hi) / 2);
      if (survival(alpha, mid, zetaMin) >= v) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** S(x) = P(X >= x) of the discrete power law. */
  private static double survival(double alpha, double x, double zetaMin) {
    return HurwitzZeta.of(alpha, x) / zetaMin;
  }
}
