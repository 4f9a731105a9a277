package org.sorn.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sorn.api.Exporter;
import org.sorn.api.MechanismRecord;
import org.sorn.api.NetworkState;
import org.sorn.api.Recorder;
import org.sorn.api.RunContext;
import org.sorn.api.RunDescription;
import org.sorn.api.RunRequest;
import org.sorn.api.RunStatus;
import org.sorn.api.Simulation;
import org.sorn.api.StepListener;
import org.sorn.api.Workbench;

/** Stand-ins for the engine, recorders and exporter, so that the shell is tested alone. */
final class Fakes {

  /** A workbench whose runs complete at once, or fail after {@link #failAfter} steps. */
  static final class FakeWorkbench implements Workbench {
    final List<Simulation> runs = new ArrayList<>();
    List<MechanismRecord> installed =
        List.of(new MechanismRecord("ip", "ip", 200, "org.sorn.ip", "0.1.0", Map.of(), 0));
    List<MechanismRecord> inForce =
        List.of(
            new MechanismRecord(
                "ip", "ip", 200, "org.sorn.ip", "0.1.0", Map.of("eta_ip", 0.02, "h_ip", 0.5), 0));
    RunRequest request;
    long failAfter = -1;
    String failure;
    RuntimeException refuse;
    List<StepListener> listeners = List.of();

    @Override
    public Simulation start(RunRequest request) {
      return start(request, run -> List.of());
    }

    @Override
    public Simulation start(RunRequest request, Function<RunContext, List<StepListener>> factory) {
      if (refuse != null) {
        throw refuse;
      }
      this.request = request;
      FakeSimulation s = new FakeSimulation("run-" + (runs.size() + 1), request.description());
      s.mechanisms = inForce;
      try {
        listeners = factory.apply(context(s.id, request.description()));
        long steps = failAfter >= 0 ? failAfter : request.description().steps();
        for (long t = 0; t < steps; t++) {
          for (StepListener l : listeners) {
            l.afterStep(null);
          }
          s.done++;
        }
        for (StepListener l : listeners) {
          l.close();
        }
        s.failure = failAfter >= 0 ? failure : null;
      } catch (UncheckedIOException e) {
        s.failure = e.getMessage();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      s.status = s.failure != null ? RunStatus.FAILED : RunStatus.COMPLETED;
      runs.add(s);
      return s;
    }

    @Override
    public List<MechanismRecord> mechanisms() {
      return installed;
    }

    @Override
    public List<Simulation> simulations() {
      return runs;
    }
  }

  /** A finished run. */
  static final class FakeSimulation implements Simulation {
    final String id;
    final RunDescription description;
    RunStatus status = RunStatus.RUNNING;
    long done;
    String failure;
    List<MechanismRecord> mechanisms = List.of();

    FakeSimulation(String id, RunDescription description) {
      this.id = id;
      this.description = description;
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
    public NetworkState await() {
      return state(description.ne());
    }

    @Override
    public String failure() {
      return failure;
    }

    @Override
    public void stop() {
      status = RunStatus.STOPPED;
    }
  }

  /** Writes {@code <base>.json} holding only ne, as the real exporter's stand-in. */
  static final class FakeExporter implements Exporter {
    @Override
    public String format() {
      return "json";
    }

    @Override
    public Path writeState(NetworkState state, Path directory, String baseName) throws IOException {
      Path file = directory.resolve(baseName + ".json");
      Files.writeString(file, "{\"ne\": " + state.ne() + "}");
      return file;
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
    return (NetworkState)
        Proxy.newProxyInstance(
            Fakes.class.getClassLoader(),
            new Class<?>[] {NetworkState.class},
            (p, m, a) -> {
              if (m.getName().equals("ne")) {
                return ne;
              }
              throw new UnsupportedOperationException(m.getName());
            });
  }

  private Fakes() {}
}
