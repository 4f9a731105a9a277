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

  /**
   * A new generator of the stream of {@code purpose} as it is at the start of the run, apart from
   * {@link #random}'s: drawing from it changes nothing in the run, and checkpoints do not keep it.
   * An input that holds state beyond its draws (symbols drawn ahead, a layout drawn once) replays
   * its draws from it when a run is resumed, and so continues as the uninterrupted run would.
   *
   * @throws UnsupportedOperationException from a context that cannot make streams afresh (the
   *     engine's can; a test's may not)
   * @since 2.1
   */
  default RandomGenerator randomFromStart(String purpose) {
    throw new UnsupportedOperationException(
        "this run context cannot make the stream '" + purpose + "' afresh");
  }
}
