package org.sorn.analysis.api;

/**
 * What the analysis may be told; {@link #defaults()} is what {@code ./sorn analyze DIR} uses.
 *
 * @param fanoNeurons the neurons 0..k-1 whose Fano factor is given
 * @param fanoWindows the number of equal windows of the Fano factor
 * @param sizeRange the avalanche sizes fitted by the power law, {xmin, xmax}; null for the range
 *     Del Papa et al. (2017) used at the network size nearest the run's
 * @param durationRange the durations fitted, {xmin, xmax}; null as for sizes
 */
public record AnalysisSettings(
    int fanoNeurons, int fanoWindows, long[] sizeRange, long[] durationRange) {

  /** Five Fano factors over ten windows; the paper's fit ranges for the run's network size. */
  public static AnalysisSettings defaults() {
    return new AnalysisSettings(5, 10, null, null);
  }
}
