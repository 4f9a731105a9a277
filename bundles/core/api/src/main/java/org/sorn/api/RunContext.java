package org.sorn.api;

import java.util.random.RandomGenerator;
import org.osgi.annotation.versioning.ProviderType;
import org.sorn.api.run.RunDescription;

/** What the engine tells a mechanism, recorder or input source about the run it serves. */
@ProviderType
public interface RunContext {

  /** The run's identifier, unique within the workbench. */
  String runId();

  /** The run's description. */
  RunDescription description();

  /** The value set for {@code name} in this run, or {@code fallback} when the run sets none. */
  double parameter(String name, double fallback);

  /**
   * The run's random stream for one purpose (say {@code "sp"}), derived from the run's seed and the
   * purpose name, so that streams do not shift each other: freezing a mechanism leaves the noise
   * unchanged. The same purpose gives the same stream object for the whole run.
   */
  RandomGenerator random(String purpose);
}
