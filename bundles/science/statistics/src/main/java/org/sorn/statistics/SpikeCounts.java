package org.sorn.statistics;

/** Spike counts per neuron, the sufficient statistics of several measures. */
public final class SpikeCounts {

  /** The spikes of neuron {@code neuron} over the whole train. */
  public static long ofNeuron(boolean[][] spikeTrain, int neuron) {
    long n = 0;
    for (boolean[] step : spikeTrain) {
      if (step[neuron]) {
        n++;
      }
    }
    return n;
  }

  /** The spikes of every neuron over the whole train. */
  public static long[] perNeuron(boolean[][] spikeTrain) {
    long[] counts = new long[spikeTrain.length == 0 ? 0 : spikeTrain[0].length];
    for (boolean[] step : spikeTrain) {
      for (int i = 0; i < counts.length; i++) {
        if (step[i]) {
          counts[i]++;
        }
      }
    }
    return counts;
  }

  private SpikeCounts() {}
}
