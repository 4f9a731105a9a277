package org.sorn.statistics;

/**
 * Uniform numbers in [0, 1) from SplitMix64 (Steele, Lea and Flood 2014), defined here on integer
 * arithmetic so that a seed gives the same bootstrap on every JDK. One stream per bootstrap
 * sample, derived from the seed and the sample's number, so that the samples do not depend on the
 * order or the threads they are drawn in.
 */
final class UniformStream {
  private long state;

  /** The stream of sample {@code index} under {@code seed}. */
  UniformStream(long seed, long index) {
    state = mix(seed) ^ mix(index * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
  }

  /** The next number, uniform in [0, 1) on a grid of 2^-53. */
  double next() {
    state += 0x9E3779B97F4A7C15L;
    return (mix(state) >>> 11) * 0x1.0p-53;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
