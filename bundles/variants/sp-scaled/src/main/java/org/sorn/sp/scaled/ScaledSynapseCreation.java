package org.sorn.sp.scaled;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.sorn.api.NetworkState;
import org.sorn.api.PlasticityRule;
import org.sorn.api.SynapticWeights;
import org.sorn.api.fastpath.TrackingRule;

/**
 * Size-scaled SP with its parameters and random stream fixed for one run. A candidate is a pair
 * (j, i), j != i, with W^EE[j][i] <= 0.0: absent, pruned or negative, but not NaN. In the fast
 * path: it writes weights with {@code set} only, which marks their columns.
 */
final class ScaledSynapseCreation implements PlasticityRule, TrackingRule {
  /** Uniform draws of a pair before counting the candidates; a sparse W^EE needs one or two. */
  private static final int PAIR_DRAWS = 64;

  private final RandomGenerator random;
  private final double expectedPerStep;
  private final int wholePerStep;
  private final double extraProbability;
  private final double initialWeight;
  private final Map<String, Object> parameters;

  ScaledSynapseCreation(
      RandomGenerator random, double base, int referenceNe, double initialWeight, int ne) {
    this.random = random;
    this.expectedPerStep = expectedPerStep(ne, base, referenceNe);
    this.wholePerStep = (int) Math.floor(expectedPerStep);
    this.extraProbability = expectedPerStep - Math.floor(expectedPerStep);
    this.initialWeight = initialWeight;
    Map<String, Object> p = new LinkedHashMap<>();
    p.put(SizeScaledStructuralPlasticity.SP_BASE_PROBABILITY, base);
    p.put(SizeScaledStructuralPlasticity.SP_REFERENCE_NE, referenceNe);
    p.put(SizeScaledStructuralPlasticity.SP_INITIAL_WEIGHT, initialWeight);
    this.parameters = Collections.unmodifiableMap(p);
  }

  /**
   * p = base * ne(ne-1) / (referenceNe (referenceNe-1)); the ratio is taken first so that p is
   * exactly base at the reference size.
   */
  static double expectedPerStep(int ne, double base, int referenceNe) {
    double pairs = (double) ne * (ne - 1);
    double referencePairs = (double) referenceNe * (referenceNe - 1);
    return base * (pairs / referencePairs);
  }

  /** The expected number of synapses created per step in this run. */
  double expectedPerStep() {
    return expectedPerStep;
  }

  @Override
  public void apply(NetworkState state) {
    // floor(p) synapses, and one more with probability p - floor(p): p new synapses on average
    int count = wholePerStep + (random.nextDouble() < extraProbability ? 1 : 0);
    SynapticWeights wee = state.wee();
    for (int n = 0; n < count; n++) {
      if (!createOne(wee)) {
        return; // no candidate left
      }
    }
  }

  @Override
  public Map<String, Object> parameters() {
    return parameters;
  }

  /** Creates one synapse on a uniformly chosen candidate; false when there is none. */
  private boolean createOne(SynapticWeights wee) {
    int ne = wee.rows();
    if (ne < 2) {
      return false;
    }
    for (int draw = 0; draw < PAIR_DRAWS; draw++) {
      int pre = random.nextInt(ne);
      // a uniform post among the ne-1 units other than pre
      int post = random.nextInt(ne - 1);
      if (post >= pre) {
        post++;
      }
      if (wee.get(pre, post) <= 0.0) {
        wee.set(pre, post, initialWeight);
        return true;
      }
    }
    return createByCounting(wee);
  }

  /** The r-th candidate in row-major order, r uniform: exact however few candidates are left. */
  private boolean createByCounting(SynapticWeights wee) {
    int ne = wee.rows();
    long total = 0;
    for (int pre = 0; pre < ne; pre++) {
      total += candidatesOf(wee, pre);
    }
    if (total == 0) {
      return false;
    }
    long r = random.nextLong(total);
    int pre = 0;
    while (r >= candidatesOf(wee, pre)) {
      r -= candidatesOf(wee, pre);
      pre++;
    }
    wee.set(pre, nthCandidate(wee, pre, r), initialWeight);
    return true;
  }

  /** Candidates of row pre: its ne-1 off-diagonal pairs less those stored > 0 or NaN. */
  private static int candidatesOf(SynapticWeights wee, int pre) {
    int[] post = wee.postsynaptic();
    double[] w = wee.weights();
    int occupied = 0;
    for (int k = wee.rowStart()[pre]; k < wee.rowStart()[pre + 1]; k++) {
      if (post[k] != pre && !(w[k] <= 0.0)) {
        occupied++;
      }
    }
    return wee.columns() - 1 - occupied;
  }

  /** The post unit of the n-th candidate (from 0) of row pre, walking beside its stored entries. */
  private static int nthCandidate(SynapticWeights wee, int pre, long n) {
    int[] post = wee.postsynaptic();
    double[] w = wee.weights();
    int k = wee.rowStart()[pre];
    int end = wee.rowStart()[pre + 1];
    long seen = 0;
    for (int i = 0; i < wee.columns(); i++) {
      boolean stored = k < end && post[k] == i;
      boolean candidate = i != pre && (!stored || w[k] <= 0.0);
      if (stored) {
        k++;
      }
      if (candidate && seen++ == n) {
        return i;
      }
    }
    throw new IllegalStateException("row " + pre + " has fewer than " + (n + 1) + " candidates");
  }
}
