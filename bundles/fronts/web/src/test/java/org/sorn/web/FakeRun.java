package org.sorn.web;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.sorn.api.Activity;
import org.sorn.api.NetworkState;
import org.sorn.api.StepListener;
import org.sorn.api.StepView;
import org.sorn.api.run.RunDescription;
import org.sorn.api.run.RunStatus;
import org.sorn.api.run.Simulation;

/**
 * A run of {@code ne} units whose steps the test makes: each {@link #step} shows the watcher the
 * units given as active, as the engine's run thread would.
 */
final class FakeRun {
  final RunDescription description;
  RunStatus status = RunStatus.RUNNING;
  StepListener watcher;
  CompletableFuture<NetworkState> snapshot = new CompletableFuture<>();
  int snapshots;
  private long step;

  FakeRun(int ne) {
    description = RunDescription.builder().ne(ne).steps(1_000_000).build();
  }

  Simulation simulation() {
    return (Simulation) Proxy.newProxyInstance(
        Simulation.class.getClassLoader(),
        new Class<?>[] {Simulation.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "id" -> "run-1";
          case "description" -> description;
          case "status" -> status;
          case "stepsDone" -> step;
          case "events", "mechanisms" -> List.of();
          case "watch" -> {
            watcher = (StepListener) args[0];
            yield (Simulation.Watch) () -> watcher = null;
          }
          case "snapshot" -> {
            snapshots++;
            yield snapshot;
          }
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  /** One step after which {@code active} (ascending) are the active E units. */
  void step(int... active) throws Exception {
    Activity x = activity(active);
    NetworkState state = proxy(NetworkState.class, "x", x);
    long t = step++;
    StepView view =
        (StepView) Proxy.newProxyInstance(
            StepView.class.getClassLoader(),
            new Class<?>[] {StepView.class},
            (p, m, a) -> switch (m.getName()) {
              case "step" -> t;
              case "state" -> state;
              default -> throw new UnsupportedOperationException(m.getName());
            });
    watcher.afterStep(view);
  }

  private static Activity activity(int[] active) {
    int[] list = new int[Math.max(1, active.length) + 3];
    System.arraycopy(active, 0, list, 0, active.length);
    list[active.length] = 7; // beyond the count: never read
    return (Activity) Proxy.newProxyInstance(
        Activity.class.getClassLoader(),
        new Class<?>[] {Activity.class},
        (p, m, a) -> switch (m.getName()) {
          case "activeAfter" -> list;
          case "activeAfterCount" -> active.length;
          default -> throw new UnsupportedOperationException(m.getName());
        });
  }

  @SuppressWarnings("unchecked")
  static <T> T proxy(Class<T> type, String name, Object value) {
    return (T) Proxy.newProxyInstance(
        type.getClassLoader(),
        new Class<?>[] {type},
        (p, m, a) -> {
          if (m.getName().equals(name)) {
            return value;
          }
          throw new UnsupportedOperationException(m.getName());
        });
  }
}
