package org.sorn.cartpole;

import java.util.Arrays;

/**
 * Encodes a cart-pole observation onto the SORN's input units: each of the four variables is cut
 * into {@code bins} intervals, and each interval drives its own pool of {@code poolSize} excitatory
 * units, as each symbol drives its own pool of units in the SORN papers. A variable v is first
 * squashed by tanh(v / scale) onto (-1, 1), then cut into equal intervals there, so that the
 * intervals are narrow near the upright, centred state, where the policy must be precise, and wide
 * far from it.
 *
 * <p>Input unit layout: variable k, interval b, unit p is unit {@code (k * bins + b) * poolSize + p};
 * exactly one pool per variable gets the drive {@code amplitude} each step, the others 0.
 */
public final class ObservationEncoder {
  /**
   * The default scales of (x, x_dot, theta, theta_dot): about the spread of each variable while
   * the pole is balanced (theta stays within a few degrees).
   */
  public static final double[] DEFAULT_SCALES = {1.0, 0.5, 0.1, 0.5};

  private final int bins;
  private final int poolSize;
  private final double amplitude;
  private final double[] scales;

  /**
   * @param bins intervals per variable, at least 2
   * @param poolSize input units per interval, at least 1
   * @param amplitude the drive of an active pool (the package's inputs lie in [0, 1))
   * @param scales the tanh scale of each of the four variables, positive
   */
  public ObservationEncoder(int bins, int poolSize, double amplitude, double[] scales) {
    if (bins < 2) {
      throw new IllegalArgumentException("bins must be at least 2, got " + bins);
    }
    if (poolSize < 1) {
      throw new IllegalArgumentException("the pool size must be at least 1, got " + poolSize);
    }
    if (!(amplitude > 0) || Double.isInfinite(amplitude)) {
      throw new IllegalArgumentException("the amplitude must be a positive number, got " + amplitude);
    }
    if (scales.length != CartPole.DIMENSION || Arrays.stream(scales).anyMatch(s -> !(s > 0))) {
      throw new IllegalArgumentException(
          "scales must be 4 positive numbers, got " + Arrays.toString(scales));
    }
    this.bins = bins;
    this.poolSize = poolSize;
    this.amplitude = amplitude;
    this.scales = scales.clone();
  }

  /** The encoder of the demo: 8 intervals per variable, pools of 4 units, drive 1. */
  public static ObservationEncoder standard() {
    return new ObservationEncoder(8, 4, 1.0, DEFAULT_SCALES);
  }

  /** The number of input units nu the encoding needs: 4 * bins * poolSize. */
  public int inputUnits() {
    return CartPole.DIMENSION * bins * poolSize;
  }

  /** The interval of {@code value} for variable {@code variable}, in 0..bins-1. */
  public int interval(int variable, double value) {
    double z = Math.tanh(value / scales[variable]);
    int b = (int) Math.floor((z + 1) * 0.5 * bins);
    // tanh reaches +-1 in floating point for large values: the outermost intervals keep them
    return Math.max(0, Math.min(bins - 1, b));
  }

  /** Writes the input u (length {@link #inputUnits()}) that encodes {@code observation}. */
  public void encode(double[] observation, double[] u) {
    Arrays.fill(u, 0.0);
    for (int k = 0; k < CartPole.DIMENSION; k++) {
      int first = (k * bins + interval(k, observation[k])) * poolSize;
      Arrays.fill(u, first, first + poolSize, amplitude);
    }
  }

  public int bins() {
    return bins;
  }

  public int poolSize() {
    return poolSize;
  }
}
