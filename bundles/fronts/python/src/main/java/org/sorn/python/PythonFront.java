package org.sorn.python;

import java.nio.ByteBuffer;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.sorn.api.run.MechanismRecord;
import org.sorn.plots.arrays.Figure;

/**
 * The workbench as the Python front sees it. A spike train crosses as {@code steps x neurons}
 * bytes, 0 or 1, time first. Every method throws {@link IllegalArgumentException} with one line
 * naming the argument at fault.
 */
@ProviderType
public interface PythonFront {

  /**
   * The package's {@code Simulator.run} / {@code Trainer.run} with these arguments, checked once:
   * its runs differ in seed, number of steps, state and input.
   *
   * @param ne excitatory units
   * @param nu input units
   * @param plasticity false for {@code Trainer.run(phase='training')}: no mechanism runs
   * @param freeze slots that do not run (the package's names: stdp, ip, sp, istdp, ss)
   * @param noise whether Gaussian noise is added to the drives
   * @param noiseSigma its standard deviation (0.04 in the package)
   * @param parameterNames hyper-parameters set for the runs (the package's names)
   * @param parameterValues their values, in the same order
   * @param variants {@code slot=variant} items choosing other rules than the package's
   * @param callbacks the package's callbacks to collect, in the order of the exchange buffer
   * @throws IllegalArgumentException naming an unknown slot, variant or callback
   */
  PackageRunner runner(
      int ne,
      int nu,
      boolean plasticity,
      String[] freeze,
      boolean noise,
      double noiseSigma,
      String[] parameterNames,
      double[] parameterValues,
      String[] variants,
      String[] callbacks);

  /**
   * A run that goes on until stopped, paused before its first step; {@link LiveRun#advance} makes
   * steps. Recorders named in {@code record} ({@code NAME[:every=N][:from=N][:to=N]}) write the
   * recording store into {@code directory}.
   *
   * @param input nu x steps float64, or null for uniform random input drawn from the seed (the run
   *     then has no end); with an input the run has as many steps as it has columns
   * @param state the state to start from in the exchange layout of {@link PackageRunner}, or null
   *     for a fresh network
   */
  LiveRun start(
      int ne,
      int nu,
      long seed,
      boolean noise,
      double noiseSigma,
      String[] parameterNames,
      double[] parameterValues,
      String[] variants,
      String[] record,
      String directory,
      ByteBuffer input,
      long inputSteps,
      ByteBuffer state)
      throws java.io.IOException;

  /** The updates, noise models and plasticity mechanisms installed, in step order. */
  List<MechanismRecord> mechanisms();

  /** The recorders installed, by name, sorted. */
  List<String> recorders();

  /**
   * Installs and starts the bundle in {@code jar} (a lab's mechanism): its variants can then be
   * chosen for new runs and swapped into running ones.
   *
   * @return the bundle's symbolic name and version
   */
  String deploy(String jar) throws java.io.IOException;

  /** The package's {@code firing_rate_neuron}: the spikes of {@code neuron} x binSize / T. */
  double firingRateNeuron(ByteBuffer spikes, int steps, int neurons, int neuron, int binSize);

  /** The package's {@code firing_rate_network}: the active units of each step. */
  int[] firingRateNetwork(ByteBuffer spikes, int steps, int neurons);

  /** The package's {@code scale_dependent_smoothness_measure}: std(diff(rates)). */
  double scaleDependentSmoothness(double[] rates);

  /** The package's {@code scale_independent_smoothness_measure}: std / |mean| of diff(rates). */
  double scaleIndependentSmoothness(double[] rates);

  /** The package's {@code autocorr}: the 2 x 2 correlation matrix of rates and rates t later. */
  double[][] autocorr(double[] rates, int lag);

  /**
   * The package's {@code avg_corr_coeff}, fixed: writes the N x N correlation matrix into {@code
   * matrix} and returns its mean over the neurons whose correlation is defined.
   */
  double avgCorrCoeff(ByteBuffer spikes, int steps, int neurons, ByteBuffer matrix);

  /** The package's {@code spike_times}: the steps and the neurons of the spikes, row-major. */
  int[][] spikeTimes(ByteBuffer spikes, int steps, int neurons);

  /**
   * The package's {@code spike_time_intervals}, fixed: the inter-spike intervals of each neuron,
   * neuron after neuron (of the one neuron of a one-neuron train).
   */
  int[] spikeTimeIntervals(ByteBuffer spikes, int steps, int neurons);

  /** The package's {@code hamming_distance}: the units in a different state, per step. */
  int[] hammingDistance(ByteBuffer actual, ByteBuffer perturbed, int steps, int neurons);

  /**
   * The package's {@code fanofactor}: {mean, variance, variance / mean} of the spike counts of
   * {@code neuron} in {@code windows} equal windows.
   */
  double[] fanofactor(ByteBuffer spikes, int steps, int neurons, int neuron, int windows);

  /** The package's {@code spike_source_entropy}, fixed (a silent neuron adds 0, not NaN). */
  double spikeSourceEntropy(ByteBuffer spikes, int steps, int neurons, int numNeurons);

  /**
   * One of the package's plots of a spike train: {@code raster_plot}, {@code scatter_plot}, {@code
   * hist_firing_rate_network}, {@code isi_exponential_fit} ({@code neuron} used by it only).
   */
  Figure plotSpikes(String function, ByteBuffer spikes, int steps, int neurons, int neuron);

  /**
   * One of the package's plots of a matrix: {@code correlation}, {@code weight_distribution},
   * {@code linear_lognormal_fit}, {@code hist_incoming_conn}, {@code hist_outgoing_conn}, {@code
   * plot_network} ({@code threshold} used by it only).
   */
  Figure plotMatrix(String function, ByteBuffer values, int rows, int columns, double threshold);

  /**
   * One of the package's plots of a series: {@code hamming_distance}, {@code
   * network_connection_dynamics}.
   */
  Figure plotSeries(String function, long[] values);
}
