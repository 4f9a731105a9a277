package org.sorn.python;

import org.osgi.annotation.versioning.ProviderType;

/** A run of a {@link PackageRunner} going on its own thread. */
@ProviderType
public interface PackageRun {

  /**
   * Waits up to {@code millis} for the run to end. Returns false when the time is up, and at once
   * when the calling thread is interrupted (Ctrl-C reaches Python that way: the caller decides).
   */
  boolean awaitEnd(long millis);

  /** The steps made so far. */
  long stepsDone();

  /** Asks the run to stop at the next step boundary. */
  void stop();

  /**
   * Once the run has ended: writes the final state into the exchange buffer and forgets the run.
   *
   * @throws IllegalStateException with the run's failure when it failed, or when it was stopped
   */
  void finish();

  /** Once the run has ended: forgets it, writing nothing (a run stopped by the caller). */
  void discard();
}
