package org.sorn.statistics;

import java.util.Arrays;

/** Spike times and inter-spike intervals ({@code Statistics.spike_times, spike_time_intervals}). */
public final class SpikeTimes {

  /** The steps at which a one-neuron train spikes, ascending ({@code np.where(st == 1)}). */
  public static int[] of(boolean[] train) {
    int[] times = new int[train.length];
    int k = 0;
    for (int t = 0; t < train.length; t++) {
      if (train[t]) {
        times[k++] = t;
      }
    }
    return Arrays.copyOf(times, k);
  }

  /**
   * Every spike of a T x N train in row-major order, as {@code {steps, neurons}} (the package's
   * tuple of index arrays).
   */
  public static int[][] of(boolean[][] spikeTrain) {
    int spikes = 0;
    for (boolean[] step : spikeTrain) {
      for (boolean s : step) {
        spikes += s ? 1 : 0;
      }
    }
    int[] steps = new int[spikes];
    int[] neurons = new int[spikes];
    int k = 0;
    for (int t = 0; t < spikeTrain.length; t++) {
      for (int i = 0; i < spikeTrain[t].length; i++) {
        if (spikeTrain[t][i]) {
          steps[k] = t;
          neurons[k++] = i;
        }
      }
    }
    return new int[][] {steps, neurons};
  }

  /** The inter-spike intervals of a one-neuron train. */
  public static int[] intervals(boolean[] train) {
    return differences(of(train));
  }

  /**
   * The inter-spike intervals of every neuron of a T x N train, neuron after neuron: what the
   * package meant; it differences the neuron indices instead.
   */
  public static int[] intervals(boolean[][] spikeTrain) {
    int n = spikeTrain.length == 0 ? 0 : spikeTrain[0].length;
    int[] all = new int[0];
    int size = 0;
    boolean[] column = new boolean[spikeTrain.length];
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < spikeTrain.length; t++) {
        column[t] = spikeTrain[t][i];
      }
      int[] isi = intervals(column);
      if (size + isi.length > all.length) {
        all = Arrays.copyOf(all, Math.max(2 * all.length, size + isi.length));
      }
      System.arraycopy(isi, 0, all, size, isi.length);
      size += isi.length;
    }
    return Arrays.copyOf(all, size);
  }

  /**
   * The package's {@code spike_time_intervals} on a T x N train, kept for comparison: the
   * differences of the neuron indices of the spikes in row-major order (not intervals).
   */
  public static int[] intervalsAsPackage(boolean[][] spikeTrain) {
    return differences(of(spikeTrain)[1]);
  }

  private static int[] differences(int[] x) {
    int[] d = new int[Math.max(0, x.length - 1)];
    for (int i = 0; i < d.length; i++) {
      d[i] = x[i + 1] - x[i];
    }
    return d;
  }

  private SpikeTimes() {}
}
