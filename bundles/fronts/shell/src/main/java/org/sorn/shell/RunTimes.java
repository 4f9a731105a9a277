package org.sorn.shell;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Component;

/**
 * When the runs started from this shell began and ended, for {@code sorn:status}: a simulation does
 * not report its own times.
 */
@Component(service = RunTimes.class)
public class RunTimes {
  private final Map<String, Instant[]> times = new ConcurrentHashMap<>();

  void started(String runId, Instant at) {
    times.put(runId, new Instant[] {at, null});
  }

  void ended(String runId, Instant at) {
    times.computeIfPresent(runId, (id, t) -> new Instant[] {t[0], at});
  }

  void forget(String runId) {
    times.remove(runId);
  }

  /** How long the run took, or has taken until {@code now}; null for a run started elsewhere. */
  Duration elapsed(String runId, Instant now) {
    Instant[] t = times.get(runId);
    if (t == null) {
      return null;
    }
    return Duration.between(t[0], t[1] != null ? t[1] : now);
  }
}
