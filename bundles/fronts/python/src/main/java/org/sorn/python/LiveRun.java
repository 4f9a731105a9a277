package org.sorn.python;

import java.nio.ByteBuffer;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A run of a live session ({@link PythonFront#start}): paused between the steps the caller asks
 * for, steered between them, its state copied and its recordings read while it lives.
 */
@ProviderType
public interface LiveRun {

  /** The run's id in the workbench. */
  String id();

  int ne();

  int ni();

  int nu();

  /** The steps made so far. */
  long stepsDone();

  /** created, running, paused, completed, stopped or failed. */
  String status();

  /** Why the run failed, or null. */
  String failure();

  /** Lets the run make {@code steps} more steps and pause again (or end, when its input ends). */
  void advance(long steps);

  /**
   * Waits up to {@code millis} for the run to pause or end. Returns false when the time is up, and
   * at once when the calling thread is interrupted (Ctrl-C).
   */
  boolean awaitPause(long millis);

  /** Pauses the run at the next step boundary. */
  void pause();

  /** From the next step boundary on, {@code slot} uses {@code variant}. */
  void use(String slot, String variant);

  /** From the next step boundary on, the run's value of {@code name} is {@code value}. */
  void set(String name, double value);

  /** From the next step boundary on, {@code slot} does not run ({@code frozen}) or runs again. */
  void freeze(String slot, boolean frozen);

  /**
   * Writes a copy of the state at the next step boundary (at once when paused) into {@code state},
   * laid out as in {@link PackageRunner}'s exchange buffer from element 0.
   */
  void state(ByteBuffer state) throws InterruptedException;

  /** The folder of the run's recording store ({@code data/}), or null when nothing is recorded. */
  String directory();

  /** Every change of the run's rules so far, one line each, oldest first. */
  List<String> events();

  /** Stops the run, waits for its end and forgets it. */
  void close() throws InterruptedException;
}
