package org.sorn.statistics;

/**
 * How evenly the spikes come from the neurons ({@code Statistics.spike_source_entropy}): the
 * entropy of p_i = spikes of neuron i / all spikes, divided by log(num_neurons); 1 when every
 * neuron spikes equally often.
 */
public final class SpikeSourceEntropy {

  /**
   * The normalised entropy, with 0 log 0 = 0 so that a silent neuron adds nothing (the package
   * returns NaN then). NaN when there is no spike at all.
   */
  public static double of(boolean[][] spikeTrain, int numNeurons) {
    return of(SpikeCounts.perNeuron(spikeTrain), numNeurons, false);
  }

  /** The package's number, kept for comparison: NaN as soon as one neuron is silent. */
  public static double ofAsPackage(boolean[][] spikeTrain, int numNeurons) {
    return of(SpikeCounts.perNeuron(spikeTrain), numNeurons, true);
  }

  /** The normalised entropy of the spike counts per neuron. */
  public static double of(long[] counts, int numNeurons, boolean silentIsNaN) {
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    double sum = 0;
    for (long c : counts) {
      if (c > 0) {
        double p = (double) c / total;
        sum += p * Math.log(p);
      } else if (silentIsNaN) {
        return Double.NaN;
      }
    }
    return total == 0 ? Double.NaN : sum / Math.log(1.0 / numNeurons);
  }

  private SpikeSourceEntropy() {}
}
