package org.sorn.python;

import java.nio.ByteBuffer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The package's {@code Simulator.run} / {@code Trainer.run} with its arguments fixed: each run
 * takes a seed, a number of steps, a state and an input, and gives the final state and the
 * callbacks asked for.
 *
 * <p>The exchange buffer of a run of T steps holds, in 8-byte elements of native byte order: the
 * input, nu x T float64 (row i is input unit i); then the state; then each callback asked for, in
 * the order given, T entries of it. The state is Wee (ne x ne), Wei (ni x ne), Wie (ne x ni), Te
 * (ne), Ti (ni), X (ne x 2) and Y (ni x 2), float64, matrices [pre][post] row after row, X and Y
 * rows {previous, current}. Entries: {@code ExcitatoryActivation} and {@code RecurrentActivation}
 * ne float64 0/1, {@code InhibitoryActivation} ni, {@code WEE} ne x ne, {@code WEI} ni x ne,
 * {@code TE} ne, {@code TI} ni, {@code EEConnectionCounts}, {@code EIConnectionCounts} and {@code
 * IEConnectionCounts} one int64. The caller writes the input; the run writes the rest.
 */
@ProviderType
public interface PackageRunner {

  /** The 8-byte elements of the exchange buffer of a run of {@code steps} steps. */
  long exchangeLength(long steps);

  /**
   * Makes the run to its end on the calling thread and writes the final state and the callbacks
   * into {@code exchange}; the run is then forgotten. The state to start from is read where the
   * caller holds it: Wee, Wei, Wie, Te and Ti one after the other in {@code weights} from element
   * {@code weightsAt}, X and Y in {@code activity} from {@code activityAt} (the same buffer when
   * the state is one block). In the training phase, where no weight or threshold changes, only X
   * and Y of a given state are written back: the caller keeps the arrays it gave.
   *
   * @param weights null for a fresh network drawn from the seed (and {@code activity} null too)
   * @throws IllegalArgumentException with one line naming the bad input
   * @throws IllegalStateException with the run's failure when a mechanism failed
   */
  void runHere(
      long seed,
      long steps,
      ByteBuffer weights,
      long weightsAt,
      ByteBuffer activity,
      long activityAt,
      ByteBuffer exchange);

  /**
   * As {@link #runHere}, on a thread of its own: for long runs, which the caller waits for in
   * slices so that it can stop them ({@link PackageRun}).
   */
  PackageRun start(
      long seed,
      long steps,
      ByteBuffer weights,
      long weightsAt,
      ByteBuffer activity,
      long activityAt,
      ByteBuffer exchange);
}
