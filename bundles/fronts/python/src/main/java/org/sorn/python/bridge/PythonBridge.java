package org.sorn.python.bridge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.sorn.api.InputSequence;
import org.sorn.api.NetworkSnapshot;
import org.sorn.api.Recorder;
import org.sorn.api.RunContext;
import org.sorn.api.Slots;
import org.sorn.api.StepListener;
import org.sorn.api.run.MechanismRecord;
import org.sorn.api.run.Phase;
import org.sorn.api.run.RunDescription;
import org.sorn.api.run.RunRequest;
import org.sorn.api.run.Simulation;
import org.sorn.api.run.Workbench;
import org.sorn.plots.arrays.ArrayPlotter;
import org.sorn.plots.arrays.Figure;
import org.sorn.python.LiveRun;
import org.sorn.python.PackageRunner;
import org.sorn.python.PythonFront;
import org.sorn.recording.RecordOptions;
import org.sorn.statistics.Autocorrelation;
import org.sorn.statistics.Correlation;
import org.sorn.statistics.FanoFactor;
import org.sorn.statistics.FiringRate;
import org.sorn.statistics.HammingDistance;
import org.sorn.statistics.Smoothness;
import org.sorn.statistics.SpikeSourceEntropy;
import org.sorn.statistics.SpikeTimes;

/**
 * The Python front's service: the package's runners and live runs on the Workbench service, the
 * statistics bundle and the plots bundle on arrays that cross in direct buffers. Immediate, so
 * that it stays active while Python holds it.
 */
@Component(service = PythonFront.class, immediate = true)
public final class PythonBridge implements PythonFront {
  /** The steps of a live run without an input: it goes on until stopped. */
  static final long UNBOUNDED = 1L << 53;

  @Reference Workbench workbench;

  @Reference ArrayPlotter plotter;

  @Reference(
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  volatile List<Recorder> installedRecorders;

  private BundleContext context;

  @Activate
  void activate(BundleContext context) {
    this.context = context;
  }

  @Override
  public PackageRunner runner(
      int ne,
      int nu,
      boolean plasticity,
      String[] freeze,
      boolean noise,
      double noiseSigma,
      String[] parameterNames,
      double[] parameterValues,
      String[] variants,
      String[] callbacks) {
    RunDescription.Builder b =
        described(ne, nu, noise, noiseSigma, parameterNames, parameterValues, variants)
            .phase(plasticity ? Phase.PLASTICITY : Phase.TRAINING);
    for (String slot : freeze == null ? new String[0] : freeze) {
      b.freeze(plasticitySlot(slot));
    }
    return new PackageRuns(workbench, b.build(), Callback.named(callbacks));
  }

  @Override
  public LiveRun start(
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
      throws IOException {
    RunDescription.Builder b =
        described(ne, nu, noise, noiseSigma, parameterNames, parameterValues, variants)
            .seed(seed)
            .steps(input == null ? UNBOUNDED : inputSteps);
    List<Recorder> recorders = new ArrayList<>();
    for (String item : record == null ? new String[0] : record) {
      RecordOptions.Item parsed = RecordOptions.parse(item);
      recorders.add(recorder(parsed.recorder()));
      parsed.parameters().forEach(b::parameter);
    }
    RunDescription d = b.build();
    NetworkSnapshot start = null;
    if (state != null) {
      ByteBuffer s =
          ExchangeLayout.checkState(state, 0, DenseState.length(d.ne(), d.ni()), "state");
      start = DenseState.read(s.asDoubleBuffer(), 0, d.ne(), d.ni());
    }
    InputSequence in = null;
    if (input != null) {
      if (inputSteps < 1 || input.capacity() / 8 < (long) nu * inputSteps) {
        throw new IllegalArgumentException(
            "inputs must hold nu x steps = " + nu + " x " + inputSteps + " values, got "
                + input.capacity() / 8);
      }
      in = new ColumnInput(input.order(ByteOrder.nativeOrder()).asDoubleBuffer(), inputSteps);
    }
    Path folder = null;
    Function<RunContext, List<StepListener>> listeners = null;
    if (!recorders.isEmpty()) {
      folder = Path.of(directory).toAbsolutePath();
      Files.createDirectories(folder);
      listeners = opened(recorders, folder);
    }
    Simulation run = workbench.create(new RunRequest(d, start, in, List.of()), listeners);
    return new LiveSimulation(workbench, run, folder);
  }

  @Override
  public List<MechanismRecord> mechanisms() {
    return workbench.mechanisms();
  }

  @Override
  public List<String> recorders() {
    Set<String> names = new TreeSet<>();
    installedRecorders.forEach(r -> names.add(r.name()));
    return List.copyOf(names);
  }

  @Override
  public String deploy(String jar) throws IOException {
    Path file = Path.of(jar).toAbsolutePath();
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "no such bundle jar");
    }
    try {
      Bundle bundle = context.installBundle(file.toUri().toString());
      if (bundle.getState() != Bundle.INSTALLED) {
        bundle.update(); // the same location again: take the jar as it is now
      }
      bundle.start();
      return bundle.getSymbolicName() + " " + bundle.getVersion();
    } catch (BundleException | IllegalStateException e) {
      throw new IllegalArgumentException("cannot deploy " + file + ": " + e.getMessage());
    }
  }

  @Override
  public double firingRateNeuron(
      ByteBuffer spikes, int steps, int neurons, int neuron, int binSize) {
    return FiringRate.ofNeuron(SpikeTrains.of(spikes, steps, neurons), neuron(neuron, neurons),
        binSize);
  }

  @Override
  public int[] firingRateNetwork(ByteBuffer spikes, int steps, int neurons) {
    return FiringRate.ofNetwork(SpikeTrains.of(spikes, steps, neurons));
  }

  @Override
  public double scaleDependentSmoothness(double[] rates) {
    return Smoothness.scaleDependent(rates);
  }

  @Override
  public double scaleIndependentSmoothness(double[] rates) {
    return Smoothness.scaleIndependent(rates);
  }

  @Override
  public double[][] autocorr(double[] rates, int lag) {
    return Autocorrelation.matrix(rates, lag);
  }

  @Override
  public double avgCorrCoeff(ByteBuffer spikes, int steps, int neurons, ByteBuffer matrix) {
    double[][] r = Correlation.matrix(SpikeTrains.of(spikes, steps, neurons));
    java.nio.DoubleBuffer out = matrix.order(ByteOrder.nativeOrder()).asDoubleBuffer();
    if (out.capacity() < (long) neurons * neurons) {
      throw new IllegalArgumentException(
          "the matrix buffer holds " + out.capacity() + " values, " + neurons + " x " + neurons
              + " are needed");
    }
    for (int i = 0; i < neurons; i++) {
      out.put(i * neurons, r[i]);
    }
    return Correlation.average(r);
  }

  @Override
  public int[][] spikeTimes(ByteBuffer spikes, int steps, int neurons) {
    return SpikeTimes.of(SpikeTrains.of(spikes, steps, neurons));
  }

  @Override
  public int[] spikeTimeIntervals(ByteBuffer spikes, int steps, int neurons) {
    return SpikeTimes.intervals(SpikeTrains.of(spikes, steps, neurons));
  }

  @Override
  public int[] hammingDistance(ByteBuffer actual, ByteBuffer perturbed, int steps, int neurons) {
    return HammingDistance.perStep(
        SpikeTrains.of(actual, steps, neurons), SpikeTrains.of(perturbed, steps, neurons));
  }

  @Override
  public double[] fanofactor(ByteBuffer spikes, int steps, int neurons, int neuron, int windows) {
    FanoFactor f =
        FanoFactor.of(SpikeTrains.of(spikes, steps, neurons), neuron(neuron, neurons), windows);
    return new double[] {f.mean(), f.variance(), f.fano()};
  }

  @Override
  public double spikeSourceEntropy(ByteBuffer spikes, int steps, int neurons, int numNeurons) {
    if (numNeurons < 2) {
      throw new IllegalArgumentException("num_neurons must be at least 2, got " + numNeurons);
    }
    return SpikeSourceEntropy.of(SpikeTrains.of(spikes, steps, neurons), numNeurons);
  }

  @Override
  public Figure plotSpikes(String function, ByteBuffer spikes, int steps, int neurons, int neuron) {
    boolean[][] train = SpikeTrains.of(spikes, steps, neurons);
    return switch (function) {
      case "raster_plot" -> plotter.rasterPlot(train);
      case "scatter_plot" -> plotter.scatterPlot(train);
      case "hist_firing_rate_network" -> plotter.histFiringRateNetwork(train);
      case "isi_exponential_fit" -> plotter.isiExponentialFit(train, neuron);
      default -> throw unknownPlot(function);
    };
  }

  @Override
  public Figure plotMatrix(
      String function, ByteBuffer values, int rows, int columns, double threshold) {
    double[][] m = SpikeTrains.matrix(values, rows, columns);
    return switch (function) {
      case "correlation" -> plotter.correlation(m);
      case "weight_distribution" -> plotter.weightDistribution(m);
      case "linear_lognormal_fit" -> plotter.linearLognormalFit(m);
      case "hist_incoming_conn" -> plotter.histIncomingConn(m);
      case "hist_outgoing_conn" -> plotter.histOutgoingConn(m);
      case "plot_network" -> plotter.plotNetwork(m, threshold);
      default -> throw unknownPlot(function);
    };
  }

  @Override
  public Figure plotSeries(String function, long[] values) {
    return switch (function) {
      case "hamming_distance" -> {
        int[] d = new int[values.length];
        for (int t = 0; t < d.length; t++) {
          d[t] = (int) values[t];
        }
        yield plotter.hammingDistance(d);
      }
      case "network_connection_dynamics" -> plotter.networkConnectionDynamics(values);
      default -> throw unknownPlot(function);
    };
  }

  private static IllegalArgumentException unknownPlot(String function) {
    return new IllegalArgumentException("no plot " + function + " of that kind of data");
  }

  private static int neuron(int neuron, int neurons) {
    if (neuron < 0 || neuron >= neurons) {
      throw new IllegalArgumentException(
          "neuron must be in 0.." + (neurons - 1) + ", got " + neuron);
    }
    return neuron;
  }

  /** What every run of the front states: sizes, noise, parameters, variants. */
  private RunDescription.Builder described(
      int ne,
      int nu,
      boolean noise,
      double noiseSigma,
      String[] parameterNames,
      double[] parameterValues,
      String[] variants) {
    RunDescription.Builder b =
        RunDescription.builder().ne(ne).nu(nu).noise(noise).noiseSigma(noiseSigma);
    int n = parameterNames == null ? 0 : parameterNames.length;
    if (n != (parameterValues == null ? 0 : parameterValues.length)) {
      throw new IllegalArgumentException(
          n + " parameter names and " + (parameterValues == null ? 0 : parameterValues.length)
              + " values");
    }
    for (int i = 0; i < n; i++) {
      b.parameter(parameterNames[i], parameterValues[i]);
    }
    for (String item : variants == null ? new String[0] : variants) {
      int eq = item.indexOf('=');
      if (eq <= 0 || eq == item.length() - 1) {
        throw new IllegalArgumentException(
            "variants: expected slot=variant, as ip=ip-unclamped, got '" + item + "'");
      }
      b.variant(item.substring(0, eq), item.substring(eq + 1));
    }
    return b;
  }

  /**
   * {@code slot} when a plasticity mechanism fills it.
   *
   * @throws IllegalArgumentException naming the slots there are
   */
  private String plasticitySlot(String slot) {
    List<String> slots = new ArrayList<>();
    for (MechanismRecord m : workbench.mechanisms()) {
      if (!m.slot().equals(Slots.UPDATE) && !m.slot().equals(Slots.NOISE)
          && !slots.contains(m.slot())) {
        slots.add(m.slot());
      }
    }
    if (!slots.contains(slot)) {
      throw new IllegalArgumentException(
          "freeze: unknown mechanism '" + slot + "', expected some of " + String.join(", ", slots));
    }
    return slot;
  }

  private Recorder recorder(String name) {
    for (Recorder r : installedRecorders) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "record: unknown recorder '" + name + "', expected some of "
            + String.join(", ", recorders()));
  }

  /**
   * Opens the recorders for a run, on its thread before step 0, each flushed when the run pauses;
   * closes them again on a failure.
   */
  private static Function<RunContext, List<StepListener>> opened(
      List<Recorder> recorders, Path folder) {
    return run -> {
      List<StepListener> open = new ArrayList<>();
      for (Recorder r : recorders) {
        try {
          open.add(new FlushedAtPause(r.open(run, folder)));
        } catch (IOException e) {
          for (StepListener l : open) {
            try {
              l.close();
            } catch (IOException ignored) {
              // the failure to open is what the user must hear about
            }
          }
          throw new UncheckedIOException(
              "recorder " + r.name() + " cannot write in " + folder + ": " + e.getMessage(), e);
        }
      }
      return open;
    };
  }
}
