package org.sorn.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sorn.statistics.TailDistribution.Family;

/**
 * The heavy-tail analysis on samples of known law gives the right verdict, and its special
 * functions are right where closed forms or R (pnorm) give the value.
 */
class HeavyTailTest {
  private static final int BOOTSTRAPS = 100;

  @Test
  void aDiscretePowerLawIsNotRuledOut() {
    HeavyTailAnalysis a = HeavyTailAnalysis.of(
        Samples.discretePowerLaw(2.2, 1, 3000, 21), true, BOOTSTRAPS, 1, 2, null);
    assertEquals(2.2, a.powerLaw().alpha(), 3 * a.powerLaw().standardError() + 0.02, a.fitSummary());
    assertTrue(a.goodnessOfFit().p() >= 0.1, a.verdict());
    assertTrue(List.of("good", "moderate").contains(a.support()), a.support() + ": " + a.verdict());
    assertTrue(a.verdict().startsWith("power law plausible: p = "), a.verdict());
  }

  @Test
  void aContinuousPowerLawIsNotRuledOut() {
    HeavyTailAnalysis a = HeavyTailAnalysis.of(
        Samples.continuousPowerLaw(2.5, 1, 3000, 22), false, BOOTSTRAPS, 1, 2, null);
    assertEquals(2.5, a.powerLaw().alpha(), 3 * a.powerLaw().standardError() + 0.02, a.fitSummary());
    assertTrue(a.goodnessOfFit().p() >= 0.1, a.verdict());
    assertNotEquals("none", a.support(), a.verdict());
  }

  @Test
  void aDiscreteLognormalIsNotAPowerLaw() {
    HeavyTailAnalysis a = HeavyTailAnalysis.of(
        Samples.discreteLognormal(3, 0.7, 5000, 23), true, BOOTSTRAPS, 1, 2, null);
    assertEquals("none", a.support(), a.verdict());
    assertTrue(a.verdict().startsWith("power law not supported: p = "), a.verdict());
  }

  @Test
  void anExponentialIsNotAPowerLawAndTheExponentialIsPreferred() {
    HeavyTailAnalysis a = HeavyTailAnalysis.of(
        Samples.discreteExponential(0.05, 10_000, 24), true, BOOTSTRAPS, 1, 2, null);
    assertEquals("none", a.support(), a.verdict());
    LikelihoodRatio exponential = a.comparison(Family.EXPONENTIAL);
    assertEquals(Family.EXPONENTIAL, exponential.favoured(), a.verdict());
    assertTrue(exponential.logLikelihoodRatio() < 0, a.verdict());
    assertTrue(a.verdict().contains("exponential preferred, R = -"), a.verdict());
  }

  /**
   * With x_min free, a smaller exponential sample shows an extreme tail (the 186 largest of 3,000
   * values, alpha near 5) that a power law passes: the method's known limit, which the verdict
   * makes visible by naming the tail. At the x_min of the whole sample the verdict is plain.
   */
  @Test
  void anExponentialFromItsStartIsNotAPowerLaw() {
    double[] data = Samples.discreteExponential(0.05, 3000, 24);
    HeavyTailAnalysis free = HeavyTailAnalysis.of(data, true, BOOTSTRAPS, 1, 2, null);
    assertTrue(free.verdict().contains(" for the 186 of 3,000 values >= 57"), free.verdict());
    HeavyTailAnalysis whole = HeavyTailAnalysis.of(data, true, 1.0, BOOTSTRAPS, 1, 2, null);
    assertEquals("none", whole.support(), whole.verdict());
    assertEquals(0, whole.goodnessOfFit().p(), whole.verdict());
    assertEquals(Family.EXPONENTIAL, whole.comparison(Family.EXPONENTIAL).favoured());
    assertTrue(whole.verdict().contains(" for the 3,000 of 3,000 values >= 1 (x_min given)"),
        whole.verdict());
  }

  @Test
  void aTruncatedPowerLawIsSeenAsOne() {
    HeavyTailAnalysis a = HeavyTailAnalysis.of(
        Samples.discreteTruncatedPowerLaw(1.5, 0.02, 1, 5000, 25), true, BOOTSTRAPS, 1, 2, null);
    LikelihoodRatio truncated = a.comparison(Family.TRUNCATED_POWER_LAW);
    assertEquals(Family.TRUNCATED_POWER_LAW, truncated.favoured(), a.verdict());
    assertTrue(truncated.nested());
    assertTrue(truncated.p() < 0.001, a.verdict());
    assertTrue(a.verdict().contains("truncated power law preferred, R = -"), a.verdict());
    assertTrue(List.of("with cut-off", "none").contains(a.support()), a.support());
    TailDistribution t = a.alternative(Family.TRUNCATED_POWER_LAW);
    assertEquals(0.02, t.parameters().get("lambda"), 0.005, t.parameters().toString());
  }

  /** A tail of a few extreme values says nothing, whatever its p: the verdict says so. */
  @Test
  void aTinyTailIsInconclusive() {
    HeavyTailAnalysis a = HeavyTailAnalysis.of(new double[] {1, 1, 2, 2, 2, 3, 3, 4, 5, 8, 13, 40},
        true, 20, 1, 1, null);
    assertTrue(a.powerLaw().tailSize() < HeavyTailAnalysis.MIN_TAIL);
    if (!a.support().equals("none")) {
      assertEquals("inconclusive", a.support(), a.verdict());
    }
    assertTrue(a.verdict().startsWith("inconclusive: the tail holds " + a.powerLaw().tailSize()
        + " values, fewer than the 50 its tests need; "), a.verdict());
  }

  @Test
  void theBootstrapIsTheSameForTheSameSeedWhateverTheThreads() {
    double[] data = Samples.discreteLognormal(2, 1, 600, 26);
    PowerLawTail fit = PowerLawTail.fit(data, true);
    GoodnessOfFit one = GoodnessOfFit.bootstrap(data, fit, 40, 5, 1, null);
    GoodnessOfFit two = GoodnessOfFit.bootstrap(data, fit, 40, 5, 2, null);
    assertEquals(one, two);
    // not a thread-safe list: the calls come one at a time
    java.util.List<Integer> told = new java.util.ArrayList<>();
    GoodnessOfFit other = GoodnessOfFit.bootstrap(data, fit, 40, 6, 2, told::add);
    assertEquals(java.util.stream.IntStream.rangeClosed(1, 40).boxed().toList(), told,
        "progress is told once per sample, in order");
    assertEquals(6, other.seed());
  }

  @Test
  void badSamplesAreOneLineErrors() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PowerLawTail.fit(new double[] {1, 2, 2.5}, true));
    assertEquals("value 2.5 at index 2 is not a positive integer (discrete data)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> PowerLawTail.fit(new double[] {3, 3, 4, 4}, true));
    assertEquals("a power-law tail needs at least 3 distinct values, got 2", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> PowerLawTail.fit(new double[] {1, -2, 3}, false));
    assertEquals("value -2.0 at index 1 is not a positive finite number", e.getMessage());
  }

  @Test
  void hurwitzZetaMatchesClosedForms() {
    assertEquals(Math.PI * Math.PI / 6, HurwitzZeta.of(2, 1), 1e-15);
    assertEquals(1.2020569031595942, HurwitzZeta.of(3, 1), 1e-15);
    double partial = 0;
    for (int k = 1; k < 10; k++) {
      partial += 1.0 / (k * k);
    }
    assertEquals(Math.PI * Math.PI / 6 - partial, HurwitzZeta.of(2, 10), 1e-15);
    // zeta(s, a) - zeta(s, a + 1) = a^-s, far out and near s = 1
    for (double s : new double[] {1.05, 1.5, 2.7, 12}) {
      for (double a : new double[] {1, 7, 19, 20, 500, 1e6}) {
        double difference = HurwitzZeta.of(s, a) - HurwitzZeta.of(s, a + 1);
        assertEquals(Math.pow(a, -s), difference, 1e-12 * HurwitzZeta.of(s, a), s + ", " + a);
      }
    }
  }

  @Test
  void theNormalTailMatchesR() {
    // pnorm(z, lower.tail = FALSE, log.p = TRUE) in R 4.2
    double[][] reference = {
      {0.5, -1.1759117615936185}, {2.9, -6.2840582349474188}, {3.1, -6.9406884584212287},
      {4, -10.360101486527292}, {6, -20.736768949974707}, {10, -53.23128515051247},
      {30, -454.32124395634321}, {-2, -0.023012909328963493}, {-5, -2.8665161296376358e-07}
    };
    for (double[] r : reference) {
      assertEquals(r[1], NormalTail.logSurvival(r[0]), 1e-13 * Math.abs(r[1]), "z = " + r[0]);
    }
  }

  @Test
  void truncatedSumsMatchClosedForms() {
    for (double lambda : new double[] {1e-4, 0.03, 0.7, 3}) {
      for (double m : new double[] {1, 5, 40}) {
        // alpha = 0: a geometric series and the exponential's integral
        double sum = Math.exp(-lambda * m) / -Math.expm1(-lambda);
        assertEquals(Math.log(sum), TruncatedSums.logSum(0, lambda, m), 1e-10, lambda + ", " + m);
        assertEquals(-lambda * m - Math.log(lambda), TruncatedSums.logIntegral(0, lambda, m),
            1e-10, lambda + ", " + m);
        // alpha = -1: sum of k e^(-lambda k) from m, integral of x e^(-lambda x) from m
        double q = Math.exp(-lambda);
        double weighted = Math.pow(q, m) * (m - (m - 1) * q) / ((1 - q) * (1 - q));
        assertEquals(Math.log(weighted), TruncatedSums.logSum(-1, lambda, m), 1e-9);
        assertEquals(Math.log(Math.exp(-lambda * m) * (m / lambda + 1 / (lambda * lambda))),
            TruncatedSums.logIntegral(-1, lambda, m), 1e-10);
      }
    }
    // a vanishing cut-off leaves the power law
    assertEquals(Math.log(HurwitzZeta.of(2.5, 3)), TruncatedSums.logSum(2.5, 1e-12, 3), 1e-9);
    assertEquals(Math.log(Math.pow(3, -1.5) / 1.5), TruncatedSums.logIntegral(2.5, 1e-12, 3), 1e-8);
  }
}
