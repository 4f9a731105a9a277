package org.sorn.api.run;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.sorn.api.NetworkState;
import org.sorn.api.RunContext;

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

  /** The update, the noise and the mechanisms in force, in step order. */
  List<MechanismRecord> mechanisms();

  /** Waits for the run to end and returns its state; the state must not be changed. */
  NetworkState await() throws InterruptedException;

  /** Why the run failed, or null. */
  String failure();

  /**
   * Before {@link #start()}: every {@code steps} steps, write a checkpoint into {@code directory}
   * (replaced atomically each time), from which {@link Workbench#resume} continues the run with
   * exactly the results it would have had. Listeners are asked for their positions then.
   */
  void checkpointEvery(long steps, java.nio.file.Path directory);

  /** Starts a run made by {@link Workbench#create}, on a thread of its own; once only. */
  void start();

  /** Asks the run to stop at the next step boundary. */
  void stop();

  /** Pauses the run at the next step boundary. */
  void pause();

  /** Pauses the run before step {@code step} is made (when it gets there). */
  void pauseAt(long step);

  /** Continues a paused run. */
  void resume();

  /** Why the run is paused (one line), or null. */
  String pauseReason();

  /**
   * From the next step boundary on, {@code slot} uses the provider named {@code variant}.
   *
   * @throws IllegalArgumentException when no such provider is installed
   */
  void use(String slot, String variant);

  /** From the next step boundary on, the run's value of a parameter is {@code value}. */
  void setParameter(String name, double value);

  /** From the next step boundary on, {@code slot} does not run ({@code frozen}) or runs again. */
  void freeze(String slot, boolean frozen);

  /** Every change of the run's rules so far, oldest first; the first events describe the start. */
  List<RunEvent> events();
}
