package org.sorn.api.run;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.osgi.annotation.versioning.ProviderType;
import org.sorn.api.NetworkState;
import org.sorn.api.RunContext;
import org.sorn.api.StepListener;

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

  /**
   * A copy of the run's state taken by the run's own thread at the next step boundary, at once
   * when the run is paused and from its final state when it has ended. The copy belongs to the
   * caller and never changes; taking it changes nothing in the run's results.
   */
  CompletableFuture<NetworkState> snapshot();

  /**
   * Lets {@code listener} observe the run from the next step boundary on, on the run's thread,
   * until the returned watch is closed or the run ends (then its {@code close()} is called). A
   * watcher sees the steps as recorders do but is no part of the run: it is not checkpointed, it
   * never changes the results, and an exception it throws detaches it instead of failing the run.
   * It must be quick (a front decimates what it shows; the run never waits on a viewer).
   */
  Watch watch(StepListener listener);

  /** A watcher's attachment to a run; closing it detaches the watcher at the next boundary. */
  @ProviderType
  interface Watch extends AutoCloseable {
    @Override
    void close();
  }

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

  /**
   * Makes a run made by {@link Workbench#create} to its end before returning, instead of {@link
   * #start()}; once only. The engine makes it on the calling thread, so that a caller that waits
   * anyway (a front making one step per call) pays for no thread. The results are those of {@link
   * #start()}. Other threads may pause, stop or change it as they would a started run. The
   * default starts it and waits.
   *
   * @since 1.1
   */
  default void runHere() throws InterruptedException {
    start();
    await();
  }

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
