package org.sorn.recorders;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sorn.api.NetworkSnapshot;
import org.sorn.api.NetworkState;
import org.sorn.api.Recorder;
import org.sorn.api.RunContext;
import org.sorn.api.StepListener;
import org.sorn.api.StepView;
import org.sorn.api.run.RunDescription;
import org.sorn.engine.ActivityBuffers;
import org.sorn.engine.SornState;
import org.sorn.recording.Recording;
import org.sorn.recording.SeriesLayout;
import org.sorn.recording.SeriesReader;
import org.sorn.testkit.TestRun;

/**
 * Recorders opened on a real state and fed steps in the order the engine calls listeners, without
 * the engine. Shared with the exporters' tests (this module's test jar).
 */
public final class RecordedRun {
  static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES).build();

  /** Every recorder of the bundle. */
  public static List<Recorder> all() {
    return List.of(
        new ExcitatoryActivation(),
        new InhibitoryActivation(),
        new RecurrentActivation(),
        new Wee(),
        new Wei(),
        new Te(),
        new Ti(),
        new EEConnectionCounts(),
        new EIConnectionCounts(),
        new IEConnectionCounts(),
        new NetworkActivity(),
        new SpikeEvents());
  }

  /** ne = 5, ni = 1, nu = 2: a few sparse W^EE and W^EI synapses (eight in W^EE), dense W^IE. */
  public static SornState smallState() {
    NetworkSnapshot s = new NetworkSnapshot();
    s.wee =
        new double[][] {
          {0, 0.25, 0, 0, 0.5},
          {0.75, 0, 0, 0, 0},
          {0, 0, 0, 0.125, 0},
          {0, 0.75, 1.0, 0, 0},
          {0.25, 0, 0, 0.875, 0}
        };
    s.wei = new double[][] {{1.0, 0, 0.5, 0, 1.0}};
    s.wie = new double[][] {{0.5}, {0}, {0.25}, {0.125}, {0.125}};
    s.te = new double[] {0.5, 0.25, 0.125, 0.75, 0.5};
    s.ti = new double[] {0.375};
    s.x = new double[][] {{0, 1}, {0, 0}, {0, 1}, {0, 0}, {0, 0}};
    s.y = new double[][] {{0, 1}};
    return SornState.of(s, 2);
  }

  /**
   * A random network of {@code ne} excitatory units (ni = 0.2 ne, nu = 10): W^EE and W^EI sparse
   * (densities 0.1 and 0.2), W^IE dense, random thresholds, no activity.
   */
  public static SornState randomState(SplittableRandom random, int ne) {
    int ni = (int) (0.2 * ne);
    NetworkSnapshot s = new NetworkSnapshot();
    s.wee = sparse(random, ne, ne, 0.1);
    s.wei = sparse(random, ni, ne, 0.2);
    s.wie = sparse(random, ne, ni, 1.0);
    s.te = random.doubles(ne).toArray();
    s.ti = random.doubles(ni).map(v -> v / 2).toArray();
    s.x = new double[ne][2];
    s.y = new double[ni][2];
    return SornState.of(s, 10);
  }

  private static double[][] sparse(SplittableRandom random, int rows, int columns, double p) {
    double[][] m = new double[rows][columns];
    for (double[] row : m) {
      for (int c = 0; c < columns; c++) {
        row[c] = random.nextDouble() < p ? random.nextDouble() : 0.0;
      }
    }
    return m;
  }

  /** What listeners see of one step. */
  record Step(long step, NetworkState state, double[] input, boolean[] recurrentActivation)
      implements StepView {}

  /** The state's changes between the two listener calls of a step. */
  @FunctionalInterface
  public interface Plasticity {
    void apply(SornState state);
  }

  private final Path directory;
  private final SornState state;
  private final List<StepListener> listeners = new ArrayList<>();
  private long step;

  /** Opens {@code recorders} on {@code directory} for a run of 1000 steps with no options. */
  public RecordedRun(Path directory, SornState state, List<Recorder> recorders)
      throws IOException {
    this(directory, state, recorders, Map.of(), 1000);
  }

  /** Opens {@code recorders} for a run of {@code steps} steps with the run parameters given. */
  public RecordedRun(
      Path directory,
      SornState state,
      List<Recorder> recorders,
      Map<String, Double> parameters,
      long steps)
      throws IOException {
    this.directory = directory;
    this.state = state;
    RunDescription d =
        RunDescription.builder()
            .ne(state.ne())
            .nu(state.nu())
            .seed(1)
            .steps(steps)
            .noise(false)
            .noiseSigma(0)
            .parameters(parameters)
            .build();
    // recorders draw no random numbers
    RunContext context = new TestRun(d).named("test-run").drawingNothing();
    for (Recorder r : recorders) {
      listeners.add(r.open(context, directory));
    }
  }

  public List<StepListener> listeners() {
    return listeners;
  }

  /** Adds a listener that observes the steps after the recorders. */
  public RecordedRun listen(StepListener listener) {
    listeners.add(listener);
    return this;
  }

  /** Continues at step {@code next} (a resumed run). */
  public void continueAt(long next) {
    step = next;
  }

  /** One step t -> t+1 with the given x(t+1), y(t+1) and recurrent activation. */
  public void step(boolean[] x, boolean[] y, boolean[] recurrent, Plasticity plasticity)
      throws IOException {
    become(state.x(), x);
    become(state.y(), y);
    Step view = new Step(step++, state, new double[state.nu()], recurrent);
    for (StepListener l : listeners) {
      l.beforePlasticity(view);
    }
    plasticity.apply(state);
    for (StepListener l : listeners) {
      l.afterStep(view);
    }
  }

  public void close() throws IOException {
    for (StepListener l : listeners) {
      l.close();
    }
  }

  /** The series of recorder {@code name}, opened for reading. */
  public SeriesReader read(String name) throws IOException {
    for (SeriesLayout l : Recording.layouts(directory)) {
      if (l.name().equals(name)) {
        return SeriesReader.open(directory, l);
      }
    }
    throw new AssertionError("no series " + name + " in " + directory);
  }

  private static void become(ActivityBuffers activity, boolean[] next) {
    System.arraycopy(next, 0, activity.shift(), 0, next.length);
    activity.indexAfter();
  }
}
