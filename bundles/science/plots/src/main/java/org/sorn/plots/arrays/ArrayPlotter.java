package org.sorn.plots.arrays;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The Python package's Plotter (spec section 8) on the caller's arrays. A spike train is {@code
 * boolean[T][N]}, time first; a weight matrix {@code [pre][post]}. Each method is named after the
 * package's function and draws what {@code ./sorn plot} draws for it (docs/analysis.md). The
 * arrays are copied, so the figure does not change when the caller changes them later.
 *
 * @throws IllegalArgumentException (every method) naming the argument that is empty or ragged
 */
@ProviderType
public interface ArrayPlotter {

  /** {@code raster_plot}: the spikes of the last 1,000 steps as red strokes, and a(t). */
  Figure rasterPlot(boolean[][] spikeTrain);

  /** {@code scatter_plot}: a dot per spike, and a(t). */
  Figure scatterPlot(boolean[][] spikeTrain);

  /** {@code hist_firing_rate_network}: how many steps had k active units, k &gt; 0. */
  Figure histFiringRateNetwork(boolean[][] spikeTrain);

  /** {@code isi_exponential_fit}: the intervals of {@code neuron} with an exponential fit. */
  Figure isiExponentialFit(boolean[][] spikeTrain, int neuron);

  /** {@code correlation}: the matrix below its diagonal, blue-white-red. */
  Figure correlation(double[][] correlations);

  /** {@code hamming_distance}: the units in a different state, per step. */
  Figure hammingDistance(int[] distances);

  /** {@code network_connection_dynamics}: the connection count per step. */
  Figure networkConnectionDynamics(long[] connectionCounts);

  /** {@code weight_distribution}: the counts of the weights of at least 0.01, in bins. */
  Figure weightDistribution(double[][] weights);

  /** {@code linear_lognormal_fit}: the weight density and its lognormal fit, on two axes. */
  Figure linearLognormalFit(double[][] weights);

  /** {@code hist_incoming_conn}: the density of the units' numbers of incoming connections. */
  Figure histIncomingConn(double[][] weights);

  /** {@code hist_outgoing_conn}: the density of the units' numbers of outgoing connections. */
  Figure histOutgoingConn(double[][] weights);

  /**
   * {@code plot_network}: the units on a circle and the pairs whose correlation is above {@code
   * threshold} as chords, the strongest darkest.
   */
  Figure plotNetwork(double[][] correlations, double threshold);
}
