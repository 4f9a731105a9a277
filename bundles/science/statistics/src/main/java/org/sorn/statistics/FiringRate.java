package org.sorn.statistics;

/** Firing rates of one neuron and of the network ({@code Statistics.firing_rate_*}). */
public final class FiringRate {

  /**
   * The package's rate of neuron {@code neuron}: its spikes times {@code binSize} over T, i.e. the
   * expected spikes per bin of {@code binSize} steps.
   */
  public static double ofNeuron(boolean[][] spikeTrain, int neuron, int binSize) {
    int steps = spikeTrain.length;
    if (steps == 0) {
      throw new IllegalArgumentException("spike train must have at least one step, got 0");
    }
    return (double) SpikeCounts.ofNeuron(spikeTrain, neuron) * binSize / steps;
  }

  /** The active units of each step (the package's {@code firing_rate_network}). */
  public static int[] ofNetwork(boolean[][] spikeTrain) {
    int[] active = new int[spikeTrain.length];
    for (int t = 0; t < spikeTrain.length; t++) {
      int n = 0;
      for (boolean spike : spikeTrain[t]) {
        if (spike) {
          n++;
        }
      }
      active[t] = n;
    }
    return active;
  }

  /** The mean fraction of units active per step, the network's firing rate in spikes/unit/step. */
  public static double meanFraction(boolean[][] spikeTrain) {
    if (spikeTrain.length == 0 || spikeTrain[0].length == 0) {
      return Double.NaN;
    }
    long spikes = 0;
    for (int a : ofNetwork(spikeTrain)) {
      spikes += a;
    }
    return (double) spikes / ((long) spikeTrain.length * spikeTrain[0].length);
  }

  private FiringRate() {}
}
