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
    long[] state = new long[4];
    copyState(state, 0);
    return state;
  }

  /** Copies the four words of state into {@code into[at]} to {@code into[at + 3]}. */
  public void copyState(long[] into, int at) {
    into[at] = s0;
    into[at + 1] = s1;
    into[at + 2] = s2;
    into[at + 3] = s3;
  }

  /** Whether the state is the one in {@code from[at]} to {@code from[at + 3]}. */
  public boolean hasState(long[] from, int at) {
    return s0 == from[at] && s1 == from[at + 1] && s2 == from[at + 2] && s3 == from[at + 3];
  }

  /** Sets the state to the one in {@code from[at]} to {@code from[at + 3]}. */
  public void restore(long[] from, int at) {
    s0 = from[at];
    s1 = from[at + 1];
    s2 = from[at + 2];
    s3 = from[at + 3];
  }

  /** Restores a state returned by {@link #state()}. */
  public void restore(long[] state) {
    restore(state, 0);
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

  /**
   * Standard normal by the ziggurat method (Marsaglia and Tsang 2000, 256 layers, in Doornik's
   * 2005 form with independent bits for the layer and the value): a table look-up and a multiply
   * for 98.8 % of draws; the wedges and the tail use {@link StrictMath}, as do the tables.
   */
  @Override
  public double nextGaussian() {
    long bits = nextLong();
    int layer = (int) (bits & 0xFF);
    double u = signedUnit(bits); // bits 11..63: disjoint from the layer's
    double x = u * Ziggurat.X[layer];
    if (Math.abs(u) < Ziggurat.RATIO[layer]) {
      return x;
    }
    return beyondRectangle(layer, u, x);
  }

  /**
   * {@code out[i] = scale * nextGaussian()} for every i in order: the same numbers, and the same
   * state after, as that loop, with the state held in locals (not stored and loaded back for each
   * draw) on the ziggurat's fast path.
   */
  public void fillGaussian(double[] out, double scale) {
    fillGaussian(out, 0, out.length, scale);
  }

  /** As {@link #fillGaussian(double[], double)}, into {@code out[from]} to {@code out[to - 1]}. */
  public void fillGaussian(double[] out, int from, int to, double scale) {
    long a = s0;
    long b = s1;
    long c = s2;
    long d = s3;
    for (int i = from; i < to; i++) {
      long bits = Long.rotateLeft(b * 5, 7) * 9; // nextLong(), on the locals
      long t = b << 17;
      c ^= a;
      d ^= b;
      b ^= c;
      a ^= d;
      c ^= t;
      d = Long.rotateLeft(d, 45);
      int layer = (int) (bits & 0xFF);
      double u = signedUnit(bits);
      double x = u * Ziggurat.X[layer];
      if (Math.abs(u) < Ziggurat.RATIO[layer]) {
        out[i] = scale * x;
      } else { // 1.2 % of draws: the rest of this draw on the fields
        s0 = a;
        s1 = b;
        s2 = c;
        s3 = d;
        out[i] = scale * beyondRectangle(layer, u, x);
        a = s0;
        b = s1;
        c = s2;
        d = s3;
      }
    }
    s0 = a;
    s1 = b;
    s2 = c;
    s3 = d;
  }

  /**
   * Uniform in [-1, 1) from bits 11..63: 2 (m 2^-53) - 1 for m = bits >>> 11, computed as
   * (m - 2^52) 2^-52, which is the same double (every step is exact: m < 2^53) in fewer operations.
   */
  private static double signedUnit(long bits) {
    return ((bits >>> 11) - (1L << 52)) * 0x1.0p-52;
  }

  /** A draw whose first value x (of u in the layer) fell outside the layer's inner rectangle. */
  private double beyondRectangle(int layer, double u, double x) {
    while (true) {
      if (layer == 0) {
        return tail(u < 0);
      }
      double f0 = StrictMath.exp(-0.5 * (Ziggurat.X[layer] * Ziggurat.X[layer] - x * x));
      double f1 = StrictMath.exp(-0.5 * (Ziggurat.X[layer + 1] * Ziggurat.X[layer + 1] - x * x));
      if (f1 + nextDouble() * (f0 - f1) < 1.0) {
        return x;
      }
      long bits = nextLong();
      layer = (int) (bits & 0xFF);
      u = signedUnit(bits);
      x = u * Ziggurat.X[layer];
      if (Math.abs(u) < Ziggurat.RATIO[layer]) {
        return x;
      }
    }
  }

  /** A draw beyond the base layer's edge r (Marsaglia 1964). */
  private double tail(boolean negative) {
    double x;
    double y;
    do {
      x = -StrictMath.log(1.0 - nextDouble()) / Ziggurat.R;
      y = -StrictMath.log(1.0 - nextDouble());
    } while (y + y < x * x);
    return negative ? -(Ziggurat.R + x) : Ziggurat.R + x;
  }

  /** The 256 layers of equal area v under exp(-x^2/2); X[i] is the right edge of layer i. */
  private static final class Ziggurat {
    static final double R = 3.6541528853610088;
    static final double V = 0.00492867323399;
    static final double[] X = new double[257];
    static final double[] RATIO = new double[256];

    static {
      X[0] = V / StrictMath.exp(-0.5 * R * R);
      X[1] = R;
      for (int i = 2; i < 256; i++) {
        double previous = X[i - 1];
        X[i] = StrictMath.sqrt(-2.0 * StrictMath.log(V / previous + StrictMath.exp(-0.5 * previous * previous)));
      }
      X[256] = 0.0;
      for (int i = 0; i < 256; i++) {
        RATIO[i] = X[i + 1] / X[i];
      }
    }
  }

  @Override
  public double nextGaussian(double mean, double stddev) {
    return mean + stddev * nextGaussian();
  }
}
