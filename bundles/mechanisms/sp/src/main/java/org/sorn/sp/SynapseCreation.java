package org.sorn.sp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.sorn.api.NetworkState;
import org.sorn.api.PlasticityRule;
import org.sorn.api.SynapticWeights;
import org.sorn.api.fastpath.TrackingRule;

/**
 * SP with its parameters and random stream fixed for one run. A candidate is a pair (j, i), j !=
 * i, with W^EE[j][i] <= 0.0: absent, pruned or negative, but not NaN. In the fast path: it writes
 * weights with {@code set} only, which marks their columns.
 */
final class SynapseCreation implements PlasticityRule, TrackingRule {
  /** Draws before falling back to enumeration; rejection wins at once in a sparse network. */
  private static final int REJECTION_TRIES = 64;

  private final RandomGenerator random;
  private final double probability;
  private final double initialWeight;
  private final Map<String, Object> parameters;

  SynapseCreation(RandomGenerator random, double probability, double initialWeight) {
    this.random = random;
    this.probability = probability;
    this.initialWeight = initialWeight;
    Map<String, Object> p = new LinkedHashMap<>();
    p.put(StructuralPlasticity.SP_PROBABILITY, probability);
    p.put(StructuralPlasticity.SP_INITIAL_WEIGHT, initialWeight);
    this.parameters = Collections.unmodifiableMap(p);
  }

  @Override
  public void apply(NetworkState state) {
    if (!(random.nextDouble() < probability)) {
      return;
    }
    SynapticWeights wee = state.wee();
    int ne = wee.rows();
    if (ne < 2) {
      return;
    }
    // rejection sampling: uniform over the candidates, without listing ne^2 pairs
    for (int attempt = 0; attempt < REJECTION_TRIES; attempt++) {
      int j = random.nextInt(ne);
      int i = random.nextInt(ne - 1);
      if (i >= j) {
        i++;
      }
      if (wee.get(j, i) <= 0.0) {
        wee.set(j, i, initialWeight);
        return;
      }
    }
    createByEnumeration(wee);
  }

  @Override
  public Map<String, Object> parameters() {
    return parameters;
  }

  /** Picks the r-th candidate in row-major order, r uniform: exact when candidates are rare. */
  private void createByEnumeration(SynapticWeights wee) {
    int ne = wee.rows();
    long count = 0;
    for (int j = 0; j < ne; j++) {
      count += candidatesInRow(wee, j);
    }
    if (count == 0) {
      return;
    }
    long r = random.nextLong(count);
    int j = 0;
    for (long inRow = candidatesInRow(wee, j); r >= inRow; inRow = candidatesInRow(wee, j)) {
      r -= inRow;
      j++;
    }
    wee.set(j, candidateColumn(wee, j, r), initialWeight);
  }

  /** Off-diagonal pairs of row j minus the stored entries that are not candidates. */
  private static int candidatesInRow(SynapticWeights wee, int j) {
    int[] post = wee.postsynaptic();
    double[] w = wee.weights();
    int taken = 0;
    for (int k = wee.rowStart()[j]; k < wee.rowStart()[j + 1]; k++) {
      if (post[k] != j && !(w[k] <= 0.0)) {
        taken++;
      }
    }
    return wee.columns() - 1 - taken;
  }

  /** The column of the r-th candidate of row j, walking the columns beside the stored entries. */
  private static int candidateColumn(SynapticWeights wee, int j, long r) {
    int[] post = wee.postsynaptic();
    double[] w = wee.weights();
    int k = wee.rowStart()[j];
    int end = wee.rowStart()[j + 1];
    for (int i = 0; ; i++) {
      boolean candidate = i != j;
      if (k < end && post[k] == i) {
        candidate &= w[k] <= 0.0;
        k++;
      }
      if (candidate && r-- == 0) {
        return i;
      }
    }
  }
}
