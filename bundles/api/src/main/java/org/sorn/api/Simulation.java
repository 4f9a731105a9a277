package org.sorn.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** One run in the workbench. */
@ProviderType
public interface Simulation {

  /** The run's identifier. */
  String id();

  RunDescription description();

  /** The run's context: its parameters and random streams. */
  RunContext context();

  RunStatus status();

  /** Steps completed so far. */
  long stepsDone();

  /** The mechanisms in force, in step order. */
  List<MechanismRecord> mechanisms();

  /** Waits for the run to end and returns its state; the state must not be changed. */
  NetworkState await() throws InterruptedException;

  /** Why the run failed, or null. */
  String failure();

  /** Asks the run to stop at the next step boundary. */
  void stop();
}
