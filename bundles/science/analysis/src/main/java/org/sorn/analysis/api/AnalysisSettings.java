package org.sorn.analysis.api;

import org.sorn.statistics.HeavyTailAnalysis;

/**
 * What the analysis may be told; {@link #defaults()} is what {@code ./sorn analyze DIR} uses.
 *
 * @param fanoNeurons the neurons 0..k-1 whose Fano factor is given
 * @param fanoWindows the number of equal windows of the Fano factor
 * @param sizeRange the avalanche sizes fitted by the power law, {xmin, xmax}; null for the range
 *     Del Papa et al. (2017) used at the network size nearest the run's
 * @param durationRange the durations fitted, {xmin, xmax}; null as for sizes
 * @param bootstraps the synthetic samples of the avalanches' goodness-of-fit tests (0: none)
 * @param seed the seed of those samples
 * @param from the first step analysed, or null for the first recorded
 * @param to the step where the analysis stops (not analysed), or null for the end of the recording
 */
public record AnalysisSettings(int fanoNeurons, int fanoWindows, long[] sizeRange,
    long[] durationRange, int bootstraps, long seed, Long from, Long to) {

  /** The seed of the goodness-of-fit bootstraps when none is given. */
  public static final long DEFAULT_SEED = 1;

  /** The settings of the first version, with the default bootstraps and every recorded step. */
  public AnalysisSettings(int fanoNeurons, int fanoWindows, long[] sizeRange,
      long[] durationRange) {
    this(fanoNeurons, fanoWindows, sizeRange, durationRange,
        HeavyTailAnalysis.DEFAULT_BOOTSTRAPS, DEFAULT_SEED, null, null);
  }

  /**
   * Five Fano factors over ten windows; the paper's fit ranges for the run's network size; the
   * default bootstraps from seed 1; every recorded step.
   */
  public static AnalysisSettings defaults() {
    return new AnalysisSettings(5, 10, null, null);
  }

  /** Whether {@code step} lies in the window analysed. */
  public boolean analyses(long step) {
    return (from == null || step >= from) && (to == null || step < to);
  }
}
