package org.sorn.api.run;

import java.util.List;
import java.util.function.Function;
import org.osgi.annotation.versioning.ProviderType;
import org.sorn.api.NetworkSnapshot;
import org.sorn.api.NetworkState;
import org.sorn.api.RunContext;
import org.sorn.api.StepListener;

/** The engine's service: starts runs and tells what is installed. */
@ProviderType
public interface Workbench {

  /**
   * Validates the request and starts the run on a thread of its own.
   *
   * @throws IllegalArgumentException with a one-line message naming the bad input: a parameter out
   *     of its range ({@link RunRules}), or a network that would not fit the heap (naming the heap
   *     and the size it needs)
   */
  Simulation start(RunRequest request);

  /**
   * As {@link #start(RunRequest)}, with listeners made for the run: {@code listeners} is called
   * once, on the run's thread, before step 0, with the run's context (recorders need it to open
   * their files); its listeners observe the run after those of the request. An exception it throws
   * fails the run with that exception's message.
   */
  Simulation start(RunRequest request, Function<RunContext, List<StepListener>> listeners);

  /**
   * As {@link #start(RunRequest, Function)}, but the run is only created (status CREATED): set it
   * up (for example {@link Simulation#pauseAt}) and call {@link Simulation#start()}.
   */
  Simulation create(RunRequest request, Function<RunContext, List<StepListener>> listeners);

  /**
   * As {@link #create(RunRequest, Function)}, the run starting from a copy of {@code from} instead
   * of the request's initial state (which must be null): a state the workbench handed out, as the
   * state of a run that has ended ({@link Simulation#await()}) or a snapshot. The engine copies it
   * in its own layout, without the dense copy a {@link NetworkSnapshot} takes, so that a front
   * making one step per call pays for no conversion. The default goes through a NetworkSnapshot.
   *
   * @throws IllegalArgumentException as create does, when the request has an initial state too,
   *     or when {@code from} is not of the description's size
   * @since 1.1
   */
  default Simulation create(
      RunRequest request, NetworkState from, Function<RunContext, List<StepListener>> listeners) {
    if (request.initialState() != null) {
      throw new IllegalArgumentException(
          "a run starts from its request's initial state or from a given state, not both");
    }
    return create(
        new RunRequest(
            request.description(), NetworkSnapshot.of(from), request.input(), request.listeners()),
        listeners);
  }

  /**
   * A run continued from a checkpoint that {@link Simulation#checkpointEvery} wrote: state, random
   * streams, rules in force, events and listener positions as they were then. {@code request} must
   * describe the same run (same description and input); its listeners, and those {@code listeners}
   * makes, are restored to their positions in the order they had. The run is CREATED: call {@link
   * Simulation#start()}.
   *
   * <p>{@code checkpoint} is a checkpoint file or the folder they are written to; in a folder the
   * latest whole checkpoint is taken.
   *
   * @throws DamagedCheckpoint when the checkpoint's content does not match its checksum
   * @throws IllegalArgumentException with one line when the checkpoint is missing, unreadable, of
   *     another run, or needs a variant that is not installed
   */
  Simulation resume(
      java.nio.file.Path checkpoint,
      RunRequest request,
      Function<RunContext, List<StepListener>> listeners);

  /**
   * The network state a checkpoint holds (a file, or the folder as for {@link #resume}), read
   * without making a run; its {@code step()} is the checkpoint's. For writing a run's results
   * again from its last checkpoint, at the step where it ended.
   *
   * @throws DamagedCheckpoint when the checkpoint's content does not match its checksum
   * @throws IllegalArgumentException with one line when there is none or it cannot be read, or its
   *     network would not fit the heap
   * @since 1.1
   */
  org.sorn.api.NetworkState checkpointState(java.nio.file.Path checkpoint);

  /** The updates, noise models and plasticity mechanisms installed now, in step order. */
  List<MechanismRecord> mechanisms();

  /** The run with this id, or null. */
  Simulation simulation(String id);

  /** The runs started in this workbench, oldest first. */
  List<Simulation> simulations();

  /**
   * Forgets a run that has ended (completed, stopped or failed) or was never started: it leaves
   * {@link #simulations()} and the workbench no longer holds its state, so that a workbench that
   * lives long (a server, a sweep's many runs) does not grow with every run it made. Its files
   * stay. An unknown id is ignored.
   *
   * @throws IllegalStateException when the run goes on (running or paused)
   */
  void discard(String id);
}
