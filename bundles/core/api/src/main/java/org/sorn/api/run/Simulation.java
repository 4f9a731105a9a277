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

  /**
   * Waits for the run to end and returns its state, or null once the run was {@link #release()
   * released}; the state must not be changed.
   */
  NetworkState await() throws InterruptedException;

  /** Why the run failed, or null. */
  String failure();

  /**
   * What made the run fail, with its stack trace (for an error log), or null when it did not fail
   * by an exception.
   *
   * @since 1.1
   */
  Throwable error();

  /**
   * The step of the last checkpoint written (see {@link #checkpointEvery}), or -1 when none was.
   * A run that stops or completes writes one at its last step.
   *
   * @since 1.1
   */
  long lastCheckpoint();

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

  /**
   * From the next step boundary on, the run's value of a parameter is {@code value}.
   *
   * @throws IllegalArgumentException with one line, in the words of the command line ({@link
   *     RunRules}), when no rule in force nor the reference model knows {@code name} (naming those
   *     known) or when {@code value} is out of its range
   */
  void setParameter(String name, double value);

  /**
   * From the next step boundary on, {@code slot} does not run ({@code frozen}) or runs again.
   *
   * @throws IllegalArgumentException when {@code slot} is not a plasticity slot of the reference
   *     model or of an installed mechanism
   */
  void freeze(String slot, boolean frozen);

  /** Every change of the run's rules so far, oldest first; the first events describe the start. */
  List<RunEvent> events();

  /**
   * Lets the workbench drop what an ended run holds (its network, input, listeners and rules) once
   * its results are written elsewhere, keeping what describes it: id, description, status, steps,
   * mechanisms, events, failure. {@link #await()} then returns null. A long-lived workbench (a
   * server, a front that makes many runs) calls this so as not to grow with every run it made;
   * {@link Workbench#discard} forgets the run altogether.
   *
   * @throws IllegalStateException when the run has not ended
   * @since 1.1
   */
  void release();
}
