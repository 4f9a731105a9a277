package org.sorn.engine;

import java.util.random.RandomGenerator;

/**
 * xoshiro256** (Blackman and Vigna), seeded through SplitMix64. Every method a run uses is defined
 * here, on integer arithmetic and {@link StrictMath}, so that a seed gives the same numbers on every
 * JDK and platform: the JDK's own default methods may change between releases.
 */
public final class Xoshiro256StarStar implements RandomGenerator {
  private long s0;
  private long s1;
  private long s2;
  private long s3;

  public Xoshiro256StarStar(long seed) {
    long z = seed;
    z += 0x9E3779B97F4A7C15L;
    s0 = mix(z);
    z += 0x9E3779B97F4A7C15L;
    s1 = mix(z);
    z += 0x9E3779B97F4A7C15L;
    s2 = mix(z);
    z += 0x9E3779B97F4A7C15L;
    s3 = mix(z);
  }

  /** The generator of one purpose within a run: independent of the other purposes' streams. */
  public static Xoshiro256StarStar forPurpose(long runSeed, String purpose) {
    long h = 0xCBF29CE484222325L; // FNV-1a over the UTF-16 code units of the purpose
    for (int i = 0; i < purpose.length(); i++) {
      h ^= purpose.charAt(i);
      h *= 0x100000001B3L;
    }
    return new Xoshiro256StarStar(mix(runSeed) ^ mix(h + 0x632BE59BD9B4E019L));
  }

  /** SplitMix64's finaliser. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The four words of state, for checkpoints. */
  public long[] state() {
    return new long[] {s0, s1, s2, s3};
  }

  /** Restores a state returned by {@link #state()}. */
  public void restore(long[] state) {
    s0 = state[0];
    s1 = state[1];
    s2 = state[2];
    s3 = state[3];
  }

  @Override
  public long nextLong() {
    long result = Long.rotateLeft(s1 * 5, 7) * 9;
    long t = s1 << 17;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = Long.rotateLeft(s3, 45);
    return result;
  }

  @Override
  public int nextInt() {
    return (int) (nextLong() >>> 32);
  }

  /** Uniform in [0, bound), unbiased (Lemire's multiply-and-reject). */
  @Override
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, got " + bound);
    }
    long m = (nextLong() >>> 32) * bound;
    long low = m & 0xFFFFFFFFL;
    if (low < bound) {
      long threshold = (0x100000000L - bound) % bound;
      while (low < threshold) {
        m = (nextLong() >>> 32) * bound;
        low = m & 0xFFFFFFFFL;
      }
    }
    return (int) (m >>> 32);
  }

  @Override
  public int nextInt(int origin, int bound) {
    return origin + nextInt(bound - origin);
  }

  /** Uniform in [0, bound), unbiased (rejection of the incomplete last block). */
  @Override
  public long nextLong(long bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, got " + bound);
    }
    long mask = bound - 1;
    if ((bound & mask) == 0) {
      return nextLong() & mask;
    }
    long limit = Long.MAX_VALUE - (Long.MAX_VALUE % bound);
    long r;
    do {
      r = nextLong() >>> 1;
    } while (r >= limit);
    return r % bound;
  }

  @Override
  public long nextLong(long origin, long bound) {
    return origin + nextLong(bound - origin);
  }

  /** Uniform in [0, 1) with 53 random bits. */
  @Override
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  @Override
  public double nextDouble(double bound) {
    return nextDouble() * bound;
  }

  @Override
  public double nextDouble(double origin, double bound) {
    return origin + (bound - origin) * nextDouble();
  }

  @Override
  public boolean nextBoolean() {
    return nextLong() < 0;
  }

  @Override
  public float nextFloat() {
    return (nextLong() >>> 40) * 0x1.0p-24f;
  }

  /** Standard normal by the Box-Muller transform (one of the pair; no hidden state). */
  @Override
  public double nextGaussian() {
    double u1 = 1.0 - nextDouble(); // (0, 1]: log stays finite
    double u2 = nextDouble();
    return Math.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * Math.PI * u2);
  }

  @Override
  public double nextGaussian(double mean, double stddev) {
    return mean + stddev * nextGaussian();
  }
}
