package org.sorn.recorders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sorn.api.NetworkState;
import org.sorn.api.Recorder;
import org.sorn.api.StepListener;
import org.sorn.api.StepView;
import org.sorn.engine.ActivityBuffers;
import org.sorn.engine.SornState;

/** Recorders opened on a real state and fed steps in the order the engine calls listeners. */
final class RecordedRun {
  static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES).build();

  /** Every recorder of the bundle. */
  static List<Recorder> all() {
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
        new IEConnectionCounts());
  }

  /** What listeners see of one step. */
  record Step(long step, NetworkState state, double[] input, boolean[] recurrentActivation)
      implements StepView {}

  /** The state's changes between the two listener calls of a step. */
  @FunctionalInterface
  interface Plasticity {
    void apply(SornState state);
  }

  private final Path directory;
  private final SornState state;
  private final List<StepListener> listeners = new ArrayList<>();
  private long step;

  RecordedRun(Path directory, SornState state, List<Recorder> recorders) throws IOException {
    this.directory = directory;
    this.state = state;
    for (Recorder r : recorders) {
      // recorders do not read the run context
      listeners.add(r.open(null, directory));
    }
  }

  /** One step t -> t+1 with the given x(t+1), y(t+1) and recurrent activation. */
  void step(boolean[] x, boolean[] y, boolean[] recurrent, Plasticity plasticity)
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

  void close() throws IOException {
    for (StepListener l : listeners) {
      l.close();
    }
  }

  /** The file of recorder {@code name}, parsed. */
  JsonNode read(String name) throws IOException {
    return MAPPER.readTree(file(name).toFile());
  }

  Path file(String name) {
    return directory.resolve(name + ".json");
  }

  private static void become(ActivityBuffers activity, boolean[] next) {
    System.arraycopy(next, 0, activity.shift(), 0, next.length);
    activity.indexAfter();
  }
}
