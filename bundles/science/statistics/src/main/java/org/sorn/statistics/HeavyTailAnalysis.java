package org.sorn.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.sorn.statistics.TailDistribution.Family;

/**
 * Is a sample's tail a power law? The procedure of Clauset, Shalizi and Newman (2009): the power
 * law fitted above the x_min of least KS distance ({@link PowerLawTail}); its goodness of fit by
 * the semi-parametric bootstrap ({@link GoodnessOfFit}); the lognormal, exponential and truncated
 * power law fitted to the same tail and compared with it by likelihood ratios ({@link
 * LikelihoodRatio}); and the verdict in words.
 *
 * @param powerLaw the power-law tail
 * @param goodnessOfFit its bootstrap p-value; null when no bootstrap was asked
 * @param alternatives the other families fitted to the tail, in the order of {@link #FAMILIES}
 * @param comparisons the power law against each alternative, in the same order
 */
public record HeavyTailAnalysis(PowerLawTail powerLaw, GoodnessOfFit goodnessOfFit,
    List<TailDistribution> alternatives, List<LikelihoodRatio> comparisons) {

  /** The alternatives compared with the power law. */
  public static final List<Family> FAMILIES =
      List.of(Family.LOGNORMAL, Family.EXPONENTIAL, Family.TRUNCATED_POWER_LAW);

  /**
   * The fewest values a tail may hold for its tests to mean something: below about 50 the
   * goodness-of-fit test rarely rules anything out (Clauset et al. 2009, section 4.2), so a
   * "plausible" there says nothing.
   */
  public static final int MIN_TAIL = 50;

  /**
   * The bootstraps when none are asked for: p is then within about 0.015 of its limit (Clauset et
   * al. give 2,500 for 0.01), and the analysis of a long run takes seconds to minutes.
   */
  public static final int DEFAULT_BOOTSTRAPS = 1000;

  public HeavyTailAnalysis {
    alternatives = List.copyOf(alternatives);
    comparisons = List.copyOf(comparisons);
  }

  /**
   * The whole analysis of {@code data}.
   *
   * @param bootstraps synthetic samples for the goodness of fit; 0 leaves it out
   * @param seed the bootstrap's seed
   * @param threads samples fitted at the same time
   * @param progress told the bootstrap samples done, 1, 2, ..., one call at a time; may be null
   * @throws IllegalArgumentException when a value is not a positive number (a positive integer
   *     when discrete) or the sample has fewer than three distinct values
   */
  public static HeavyTailAnalysis of(double[] data, boolean discrete, int bootstraps, long seed,
      int threads, IntConsumer progress) {
    return of(data, discrete, null, bootstraps, seed, threads, progress);
  }

  /**
   * As {@link #of(double[], boolean, int, long, int, IntConsumer)}, with x_min given instead of
   * chosen by the KS distance when {@code xmin} is not null (the bootstrap keeps it too).
   *
   * @throws IllegalArgumentException also when no value is >= the given x_min
   */
  public static HeavyTailAnalysis of(double[] data, boolean discrete, Double xmin, int bootstraps,
      long seed, int threads, IntConsumer progress) {
    if (bootstraps < 0) {
      throw new IllegalArgumentException("bootstraps must be 0 or more, got " + bootstraps);
    }
    TailSample sample = TailSample.of(data, discrete);
    PowerLawTail powerLaw = xmin == null ? PowerLawTail.scan(sample)
        : PowerLawTail.fitAbove(data, discrete, xmin);
    GoodnessOfFit gof = bootstraps == 0 ? null
        : GoodnessOfFit.bootstrap(data, powerLaw, bootstraps, seed, threads, progress);
    double[] tail = sample.tail(powerLaw.xmin());
    TailDistribution pure = powerLaw.distribution();
    List<TailDistribution> alternatives = new ArrayList<>();
    List<LikelihoodRatio> comparisons = new ArrayList<>();
    for (Family f : FAMILIES) {
      TailDistribution alternative = TailModels.fit(f, tail, discrete, powerLaw.xmin());
      alternatives.add(alternative);
      comparisons.add(LikelihoodRatio.compare(pure, alternative, tail));
    }
    return new HeavyTailAnalysis(powerLaw, gof, alternatives, comparisons);
  }

  /** The comparison with {@code family}. */
  public LikelihoodRatio comparison(Family family) {
    return comparisons.stream().filter(c -> c.alternative() == family).findFirst().orElseThrow();
  }

  /** The fitted {@code family}. */
  public TailDistribution alternative(Family family) {
    return alternatives.stream().filter(a -> a.family() == family).findFirst().orElseThrow();
  }

  /**
   * How well the power law is supported, in the words of Clauset et al.'s table 6: {@code none}
   * when the bootstrap rules it out (p < 0.1) or the lognormal or the exponential is
   * significantly preferred; otherwise {@code with cut-off} when the truncated power law is
   * significantly preferred; {@code good} when the power law is significantly preferred over both
   * the lognormal and the exponential; {@code moderate} when some alternative fits as well;
   * {@code untested} when no bootstrap was made and no alternative rules it out; {@code
   * inconclusive} when the tail holds fewer than {@link #MIN_TAIL} values and nothing rules the
   * power law out.
   */
  public String support() {
    boolean ruledOut = goodnessOfFit != null && goodnessOfFit.p() < LikelihoodRatio.SIGNIFICANCE;
    boolean beaten = false;
    boolean preferredOverAll = true;
    for (LikelihoodRatio c : comparisons) {
      if (!c.nested()) {
        beaten |= c.favoured() == c.alternative();
        preferredOverAll &= c.favoured() == Family.POWER_LAW;
      }
    }
    if (ruledOut || beaten) {
      return "none";
    }
    if (powerLaw.tailSize() < MIN_TAIL) {
      return "inconclusive";
    }
    if (comparison(Family.TRUNCATED_POWER_LAW).favoured() == Family.TRUNCATED_POWER_LAW) {
      return "with cut-off";
    }
    if (goodnessOfFit == null) {
      return "untested";
    }
    return preferredOverAll ? "good" : "moderate";
  }

  /**
   * The verdict in words, for a report: "power law not supported: p = 0.000 (KS D = 0.031, 1000
   * bootstraps); lognormal preferred, R = -12.3, p = 0.001; ...".
   */
  public String verdict() {
    StringBuilder s = new StringBuilder();
    if (powerLaw.tailSize() < MIN_TAIL) {
      s.append(String.format(Locale.ROOT, "inconclusive: the tail holds %d values, fewer than the"
          + " %d its tests need; ", powerLaw.tailSize(), MIN_TAIL));
    }
    if (goodnessOfFit == null) {
      s.append("power law goodness of fit not tested (no bootstrap)");
    } else {
      s.append(goodnessOfFit.p() < LikelihoodRatio.SIGNIFICANCE ? "power law not supported"
          : "power law plausible")
          .append(String.format(Locale.ROOT, ": p = %.3f (KS D = %.4f, %d bootstraps)",
              goodnessOfFit.p(), goodnessOfFit.ksDistance(), goodnessOfFit.bootstraps()));
    }
    s.append(String.format(Locale.ROOT, " for the %,d of %,d values >= %s%s", powerLaw.tailSize(),
        powerLaw.sampleSize(), LikelihoodRatio.number(powerLaw.xmin()),
        powerLaw.xminGiven() ? " (x_min given)" : ""));
    for (LikelihoodRatio c : comparisons) {
      s.append("; ").append(c.statement());
    }
    return s.toString();
  }

  /** The fit in one phrase: "alpha = 1.52 +- 0.01 above x_min = 12 (3,456 of 10,000 values)". */
  public String fitSummary() {
    return String.format(Locale.ROOT, "alpha = %.3f +- %.3f above x_min = %s (%,d of %,d values)",
        powerLaw.alpha(), powerLaw.standardError(), LikelihoodRatio.number(powerLaw.xmin()),
        powerLaw.tailSize(), powerLaw.sampleSize());
  }

  /**
   * The analysis as an ordered tree of numbers, strings, lists and maps (what analysis.json and the
   * experiments write): x_min, alpha and its standard error, the tail and sample sizes, the KS
   * distance, the goodness of fit (null without bootstrap), the support and the verdict, then per
   * alternative its parameters and the comparison with the power law.
   */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("discrete", powerLaw.discrete());
    m.put("xmin", powerLaw.xmin());
    m.put("xmin_given", powerLaw.xminGiven());
    m.put("alpha", powerLaw.alpha());
    m.put("standard_error", powerLaw.standardError());
    m.put("tail_size", powerLaw.tailSize());
    m.put("sample_size", powerLaw.sampleSize());
    m.put("ks_distance", powerLaw.ksDistance());
    if (goodnessOfFit == null) {
      m.put("goodness_of_fit", null);
    } else {
      Map<String, Object> g = new LinkedHashMap<>();
      g.put("p", goodnessOfFit.p());
      g.put("bootstraps", goodnessOfFit.bootstraps());
      g.put("seed", goodnessOfFit.seed());
      g.put("failed", goodnessOfFit.failed());
      m.put("goodness_of_fit", g);
    }
    m.put("support", support());
    m.put("verdict", verdict());
    Map<String, Object> others = new LinkedHashMap<>();
    for (int i = 0; i < alternatives.size(); i++) {
      LikelihoodRatio c = comparisons.get(i);
      Map<String, Object> a = new LinkedHashMap<>(alternatives.get(i).parameters());
      a.put("log_likelihood_ratio", c.logLikelihoodRatio());
      a.put("normalised_ratio", c.normalisedRatio());
      a.put("p", c.p());
      a.put("test", c.test());
      a.put("favoured", c.favoured() == null ? "neither" : c.favoured().label());
      a.put("statement", c.statement());
      others.put(c.alternative().key(), a);
    }
    m.put("alternatives", others);
    return m;
  }
}
