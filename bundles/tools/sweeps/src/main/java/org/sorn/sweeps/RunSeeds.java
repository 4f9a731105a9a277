package org.sorn.sweeps;

/**
 * The seed of each run of a sweep, from the sweep's seed and the run's index alone, so that a sweep
 * gives the same seeds on every machine and under every engine: SplitMix64's finalizer applied to
 * {@code sweepSeed + (index + 1) * 0x9E3779B97F4A7C15}, its sign bit cleared.
 */
final class RunSeeds {
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private RunSeeds() {}

  /** The seed of run {@code index} (>= 0) of a sweep with seed {@code sweepSeed}; never negative. */
  static long of(long sweepSeed, int index) {
    long z = sweepSeed + (index + 1L) * GOLDEN_GAMMA;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    // non-negative, so that the seed reads the same in Python, R and a shell
    return z & Long.MAX_VALUE;
  }
}
