package org.sorn.web;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.sorn.api.run.Simulation;
import org.sorn.api.run.Workbench;

/**
 * The runs of the workbench as the web workbench watches them, while it serves: each run gets a
 * {@link RunMonitor} (attached when first seen, forgotten when the workbench forgets the run), and
 * one thread of its own asks for the copies of their states.
 */
@Component(service = LiveRuns.class)
public class LiveRuns {
  private static final long LOOK_MILLIS = 250;

  @Reference Workbench workbench;

  private final Map<String, RunMonitor> monitors = new ConcurrentHashMap<>();
  private final Set<String> unwatched = ConcurrentHashMap.newKeySet();
  private ScheduledExecutorService sampler;
  private volatile boolean serving;

  /** Begins watching every run, the ones started later too. */
  synchronized void start() {
    if (sampler != null) {
      return;
    }
    serving = true;
    sampler =
        Executors.newSingleThreadScheduledExecutor(
            work -> {
              Thread t = new Thread(work, "sorn-web-sampler");
              t.setDaemon(true);
              return t;
            });
    sampler.scheduleWithFixedDelay(this::look, 0, LOOK_MILLIS, TimeUnit.MILLISECONDS);
  }

  @Deactivate
  synchronized void stop() {
    serving = false;
    if (sampler != null) {
      sampler.shutdownNow();
      sampler = null;
    }
    monitors.values().forEach(RunMonitor::detach);
    monitors.clear();
  }

  /** Whether the web workbench serves: streams end when it stops. */
  boolean serving() {
    return serving;
  }

  /**
   * For a measurement ({@code ./sorn web-bench}): the run {@code id} is not watched at all, its
   * monitor detached, until {@link #watchAgain}.
   */
  void stopWatching(String id) {
    unwatched.add(id);
    RunMonitor gone = monitors.remove(id);
    if (gone != null) {
      gone.detach();
    }
  }

  void watchAgain(String id) {
    unwatched.remove(id);
  }

  /** The monitor of {@code run}, attached now if it has none yet. */
  RunMonitor monitor(Simulation run) {
    return monitors.computeIfAbsent(run.id(), id -> new RunMonitor(run).attach());
  }

  /** The monitor of the run {@code id}, or null when the web workbench does not watch it. */
  RunMonitor monitor(String id) {
    return monitors.get(id);
  }

  private void look() {
    try {
      Set<String> present = new HashSet<>();
      long now = System.nanoTime();
      for (Simulation run : workbench.simulations()) {
        if (!unwatched.contains(run.id())) {
          present.add(run.id());
          monitor(run).sampleIfDue(now);
        }
      }
      monitors.entrySet().removeIf(e -> {
        boolean gone = !present.contains(e.getKey());
        if (gone) {
          e.getValue().detach();
        }
        return gone;
      });
    } catch (RuntimeException e) {
      // a run that ends or leaves while it is looked at: the next look sees it as it is
    }
  }
}
