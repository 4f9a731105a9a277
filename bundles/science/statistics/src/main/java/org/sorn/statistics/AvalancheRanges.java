package org.sorn.statistics;

/**
 * The ranges over which Del Papa, Priesemann and Triesch (2017, PLoS ONE 12(5) e0178683) fitted
 * power laws to avalanche sizes and durations, per excitatory network size: their Fig. 2F, and
 * the fits of Fig. 2A/B (N_E = 200) in the authors' code (github.com/delpapa/SORN,
 * delpapa/avalanches/Fig2.py).
 *
 * @param ne the network size the range was chosen for
 * @param durations {xmin, xmax} of the durations, in steps
 * @param sizes {xmin, xmax} of the sizes
 */
public record AvalancheRanges(int ne, long[] durations, long[] sizes) {
  private static final AvalancheRanges[] PAPER = {
    new AvalancheRanges(50, new long[] {2, 10}, new long[] {3, 100}),
    new AvalancheRanges(100, new long[] {4, 30}, new long[] {4, 200}),
    new AvalancheRanges(200, new long[] {6, 60}, new long[] {10, 1500}),
    new AvalancheRanges(400, new long[] {8, 100}, new long[] {30, 3000}),
    new AvalancheRanges(800, new long[] {10, 150}, new long[] {70, 7000}),
  };

  /** The paper's ranges for the size nearest {@code ne} on a log scale. */
  public static AvalancheRanges nearest(int ne) {
    AvalancheRanges best = PAPER[0];
    for (AvalancheRanges r : PAPER) {
      if (Math.abs(Math.log((double) ne / r.ne)) < Math.abs(Math.log((double) ne / best.ne))) {
        best = r;
      }
    }
    return best;
  }
}
