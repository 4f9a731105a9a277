package org.sorn.shell;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.sorn.api.Exporter;
import org.sorn.api.NetworkState;
import org.sorn.api.Recorder;
import org.sorn.api.RunContext;
import org.sorn.api.StepListener;
import org.sorn.api.run.MechanismRecord;
import org.sorn.api.run.RunDescription;
import org.sorn.api.run.RunEvent;
import org.sorn.api.run.RunRequest;
import org.sorn.api.run.RunStatus;
import org.sorn.api.run.Simulation;
import org.sorn.api.run.Workbench;

/** Stand-ins for the engine, recorders and exporter, so that the shell is tested alone. */
final class Fakes {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A workbench whose runs complete at once when started, or fail after {@link #failAfter} steps,
   * or (with {@link #hold}) stay running after that many steps until they are stopped. Runs write
   * checkpoints as JSON ({@code checkpoint.bin}: step, description, listener positions), which
   * {@link #resume} reads.
   */
  static class FakeWorkbench implements Workbench {
    static final String CHECKPOINT_FILE = "checkpoint.bin";
    final List<Simulation> runs = new CopyOnWriteArrayList<>();
    List<MechanismRecord> installed =
        List.of(new MechanismRecord("ip", "ip", 200, "org.sorn.ip", "0.1.0", Map.of(), 0));
    List<MechanismRecord> inForce =
        List.of(
            new MechanismRecord(
                "ip", "ip", 200, "org.sorn.ip", "0.1.0", Map.of("eta_ip", 0.02, "h_ip", 0.5), 0));
    RunRequest request;
    Path resumedFrom;
    long failAfter = -1;
    long hold = -1;
    String failure;
    RuntimeException refuse;
    List<StepListener> listeners = List.of();

    @Override
    public Simulation start(RunRequest request) {
      return start(request, run -> List.of());
    }

    @Override
    public Simulation start(RunRequest request, Function<RunContext, List<StepListener>> factory) {
      Simulation s = create(request, factory);
      s.start();
      return s;
    }

    @Override
    public Simulation create(RunRequest request, Function<RunContext, List<StepListener>> factory) {
      if (refuse != null) {
        throw refuse;
      }
      this.request = request;
      FakeSimulation s =
          new FakeSimulation("run-" + (runs.size() + 1), request.description(), this, factory);
      s.mechanisms = new ArrayList<>(inForce);
      for (MechanismRecord m : inForce) {
        s.events.add(new RunEvent(0, "start", m.slot(), m, m.slot() + ": in force from the start"));
      }
      runs.add(s);
      return s;
    }

    @Override
    public Simulation resume(
        Path checkpoint, RunRequest request, Function<RunContext, List<StepListener>> factory) {
      JsonNode saved;
      try {
        saved = JSON.readTree(checkpoint.resolve(CHECKPOINT_FILE).toFile());
      } catch (IOException e) {
        throw new IllegalArgumentException("no checkpoint at " + checkpoint);
      }
      if (!saved.get("description").asText().equals(request.description().toString())) {
        throw new IllegalArgumentException(
            "the checkpoint at " + checkpoint + " belongs to another run: it has "
                + saved.get("description").asText());
      }
      FakeSimulation s = (FakeSimulation) create(request, factory);
      resumedFrom = checkpoint;
      s.done = saved.get("step").asLong();
      s.positions = new ArrayList<>();
      for (JsonNode p : saved.get("positions")) {
        s.positions.add(JSON.convertValue(p, new TypeReference<Map<String, Object>>() {}));
      }
      return s;
    }

    @Override
    public NetworkState checkpointState(Path checkpoint) {
      JsonNode saved;
      try {
        saved = JSON.readTree(checkpoint.resolve(CHECKPOINT_FILE).toFile());
      } catch (IOException e) {
        throw new IllegalArgumentException("no checkpoint at " + checkpoint);
      }
      return state(request == null ? 0 : request.description().ne(), saved.get("step").asLong());
    }

    @Override
    public List<MechanismRecord> mechanisms() {
      return installed;
    }

    @Override
    public List<Simulation> simulations() {
      return runs;
    }

    // kept in runs, so that the tests can still look at what ran
    final List<String> discarded = new CopyOnWriteArrayList<>();

    @Override
    public void discard(String id) {
      discarded.add(id);
    }

    @Override
    public Simulation simulation(String id) {
      return runs.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }
  }

  /**
   * A run whose changes (pause, variant, parameter, freeze, stop) take effect at once, as if the
   * next step boundary came immediately, each recorded as the engine records it.
   */
  static final class FakeSimulation implements Simulation {
    final String id;
    final RunDescription description;
    private final FakeWorkbench workbench;
    private final Function<RunContext, List<StepListener>> factory;
    volatile RunStatus status = RunStatus.CREATED;
    volatile long done;
    String failure;
    String pauseReason;
    List<MechanismRecord> mechanisms = new ArrayList<>();
    final List<RunEvent> events = new CopyOnWriteArrayList<>();
    List<StepListener> listeners = List.of();
    /** The listener positions to restore, for a resumed run; null for a fresh one. */
    List<Map<String, Object>> positions;
    long checkpointEvery;
    Path checkpointDirectory;
    long lastCheckpoint = -1;
    boolean released;
    Throwable error;
    private final CountDownLatch ended = new CountDownLatch(1);

    FakeSimulation(
        String id,
        RunDescription description,
        FakeWorkbench workbench,
        Function<RunContext, List<StepListener>> factory) {
      this.id = id;
      this.description = description;
      this.workbench = workbench;
      this.factory = factory;
    }

    /** Runs at once, on the caller's thread, as far as the workbench lets it. */
    @Override
    public void start() {
      status = RunStatus.RUNNING;
      long first = done;
      try {
        listeners = factory == null ? List.of() : factory.apply(Fakes.context(id, description));
        workbench.listeners = listeners;
        if (positions != null) {
          for (int i = 0; i < listeners.size(); i++) {
            listeners.get(i).restore(positions.get(i));
          }
        } else {
          for (StepListener l : listeners) {
            for (RunEvent e : events) {
              l.onEvent(e);
            }
          }
        }
        long steps =
            workbench.hold >= 0
                ? workbench.hold
                : workbench.failAfter >= 0 ? workbench.failAfter : description.steps();
        for (long t = first; t < steps; t++) {
          if (checkpointEvery > 0 && t > first && t % checkpointEvery == 0) {
            checkpoint(t);
          }
          for (StepListener l : listeners) {
            l.afterStep(null);
          }
          done++;
        }
        if (workbench.hold >= 0) {
          return;
        }
        failure = workbench.failAfter >= 0 ? workbench.failure : null;
        if (failure == null && checkpointEvery > 0 && lastCheckpoint != done) {
          checkpoint(done); // as the engine, the last step's checkpoint
        }
      } catch (UncheckedIOException e) {
        failure = e.getMessage();
      } catch (IOException e) {
        failure = e.getMessage();
      }
      end(failure != null ? RunStatus.FAILED : RunStatus.COMPLETED);
    }

    private void checkpoint(long step) throws IOException {
      List<Map<String, Object>> at = new ArrayList<>();
      for (StepListener l : listeners) {
        at.add(l.checkpoint());
      }
      Files.createDirectories(checkpointDirectory);
      JSON.writeValue(
          checkpointDirectory.resolve(FakeWorkbench.CHECKPOINT_FILE).toFile(),
          Map.of("step", step, "description", description.toString(), "positions", at));
      lastCheckpoint = step;
    }

    /** The run ends: its listeners are closed and await() returns. */
    void end(RunStatus how) {
      for (StepListener l : listeners) {
        try {
          l.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      status = how;
      ended.countDown();
    }

    private void record(String kind, String slot, MechanismRecord m, String message) {
      RunEvent e = new RunEvent(done, kind, slot, m, message);
      events.add(e);
      for (StepListener l : listeners) {
        try {
          l.onEvent(e);
        } catch (IOException ex) {
          throw new UncheckedIOException(ex);
        }
      }
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public RunDescription description() {
      return description;
    }

    @Override
    public RunContext context() {
      return Fakes.context(id, description);
    }

    @Override
    public RunStatus status() {
      return status;
    }

    @Override
    public long stepsDone() {
      return done;
    }

    @Override
    public List<MechanismRecord> mechanisms() {
      return mechanisms;
    }

    @Override
    public NetworkState await() throws InterruptedException {
      ended.await();
      return released ? null : state(description.ne(), done);
    }

    @Override
    public java.util.concurrent.CompletableFuture<NetworkState> snapshot() {
      return java.util.concurrent.CompletableFuture.completedFuture(state(description.ne()));
    }

    @Override
    public Watch watch(org.sorn.api.StepListener listener) {
      return () -> {};
    }

    @Override
    public String failure() {
      return failure;
    }

    @Override
    public Throwable error() {
      return error;
    }

    @Override
    public long lastCheckpoint() {
      return lastCheckpoint;
    }

    @Override
    public void release() {
      if (!status.isFinal()) {
        throw new IllegalStateException("run " + id + " has not ended");
      }
      released = true;
    }

    @Override
    public void checkpointEvery(long steps, Path directory) {
      checkpointEvery = steps;
      checkpointDirectory = directory;
    }

    @Override
    public void stop() {
      if (!status.isFinal()) {
        record("stop", null, null, "stopped before step " + done);
        end(RunStatus.STOPPED);
      }
    }

    @Override
    public void pause() {
      pauseReason = "paused by command";
      status = RunStatus.PAUSED;
      record("pause", null, null, pauseReason);
    }

    @Override
    public void pauseAt(long step) {
      throw new UnsupportedOperationException("pauseAt");
    }

    @Override
    public void resume() {
      pauseReason = null;
      status = RunStatus.RUNNING;
      record("resume", null, null, "resumed before step " + done);
    }

    @Override
    public String pauseReason() {
      return pauseReason;
    }

    @Override
    public void use(String slot, String variant) {
      if (variant.equals("missing")) {
        throw new IllegalArgumentException(
            "no variant 'missing' installed for slot " + slot + "; installed: " + slot);
      }
      MechanismRecord m =
          new MechanismRecord(slot, variant, 100, "org.example." + variant, "1.0.0", Map.of(), done);
      mechanisms.removeIf(r -> r.slot().equals(slot));
      mechanisms.add(m);
      record("variant", slot, m, slot + ": " + variant + " (org.example." + variant + " 1.0.0), chosen by command");
    }

    @Override
    public void setParameter(String name, double value) {
      record("parameters", null, null, name + " = " + value + " (no rule in force uses it)");
    }

    /** Checks the slot as the engine does, with the reference model's slots. */
    @Override
    public void freeze(String slot, boolean frozen) {
      String refused = org.sorn.api.run.RunRules.freezeRefusal(slot, org.sorn.api.Slots.REFERENCE);
      if (refused != null) {
        throw new IllegalArgumentException("slot to " + (frozen ? "freeze " : "unfreeze ") + refused);
      }
      record(
          frozen ? "freeze" : "unfreeze", slot, null, slot + (frozen ? " frozen" : " runs again"));
    }

    @Override
    public List<RunEvent> events() {
      return List.copyOf(events);
    }
  }

  /**
   * Writes {@code <base>.<format>} holding only ne, as a real exporter's stand-in, and exports the
   * recordings as {@code recordings.<format>} (none for json, as the JSON recorders write their own
   * files); fails to export when asked to.
   */
  static class FakeExporter implements Exporter {
    final String format;
    boolean fail;

    FakeExporter() {
      this("json");
    }

    FakeExporter(String format) {
      this.format = format;
    }

    @Override
    public String format() {
      return format;
    }

    @Override
    public Path writeState(NetworkState state, Path directory, String baseName) throws IOException {
      Path file = directory.resolve(baseName + "." + format);
      Files.writeString(file, "{\"ne\": " + state.ne() + "}");
      return file;
    }

    @Override
    public List<Path> exportRecordings(Path runDirectory) throws IOException {
      if (fail) {
        throw new java.nio.file.AccessDeniedException(
            runDirectory.resolve("recordings." + format).toString());
      }
      if (format.equals("json")) {
        return List.of();
      }
      return List.of(Files.writeString(runDirectory.resolve("recordings." + format), format));
    }
  }

  /** Writes {@code <name>.json} with the number of steps seen; fails to open when asked to. */
  static final class FakeRecorder implements Recorder {
    final String name;
    boolean failToOpen;
    RunContext openedWith;

    FakeRecorder(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public StepListener open(RunContext run, Path directory) throws IOException {
      Path file = directory.resolve(name + ".json");
      if (failToOpen) {
        throw new java.nio.file.AccessDeniedException(file.toString());
      }
      openedWith = run;
      return new StepListener() {
        int steps;

        @Override
        public void afterStep(org.sorn.api.StepView step) {
          steps++;
        }

        @Override
        public Map<String, Object> checkpoint() {
          return Map.of("steps", steps);
        }

        @Override
        public void restore(Map<String, Object> position) {
          steps = ((Number) position.get("steps")).intValue();
        }

        @Override
        public void close() throws IOException {
          Files.writeString(file, "{\"steps\": " + steps + "}");
        }
      };
    }
  }

  static RunContext context(String id, RunDescription d) {
    return (RunContext)
        Proxy.newProxyInstance(
            Fakes.class.getClassLoader(),
            new Class<?>[] {RunContext.class},
            (p, m, a) ->
                switch (m.getName()) {
                  case "runId" -> id;
                  case "description" -> d;
                  default -> throw new UnsupportedOperationException(m.getName());
                });
  }

  static NetworkState state(int ne) {
    return state(ne, 0);
  }

  /** A state that knows its size and its step only. */
  static NetworkState state(int ne, long step) {
    return (NetworkState)
        Proxy.newProxyInstance(
            Fakes.class.getClassLoader(),
            new Class<?>[] {NetworkState.class},
            (p, m, a) -> {
              if (m.getName().equals("ne")) {
                return ne;
              }
              if (m.getName().equals("step")) {
                return step;
              }
              throw new UnsupportedOperationException(m.getName());
            });
  }

  private Fakes() {}
}
