package org.sorn.statistics;

/** How far a perturbed run's activity is from the original ({@code Statistics.hamming_distance}). */
public final class HammingDistance {

  /** The number of units whose state differs, per step. */
  public static int[] perStep(boolean[][] actual, boolean[][] perturbed) {
    if (actual.length != perturbed.length) {
      throw new IllegalArgumentException(
          "spike trains must have the same steps, got " + actual.length + " and " + perturbed.length);
    }
    int[] d = new int[actual.length];
    for (int t = 0; t < actual.length; t++) {
      for (int i = 0; i < actual[t].length; i++) {
        if (actual[t][i] != perturbed[t][i]) {
          d[t]++;
        }
      }
    }
    return d;
  }

  private HammingDistance() {}
}
