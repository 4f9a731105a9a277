package org.sorn.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The binary activity of one population around one step t -> t+1: {@link #before()} is the
 * activity at t, {@link #after()} at t+1. During a step (plasticity, step listeners) these are the
 * activities of the step being made; between steps, of the step made last, so that they are the
 * columns 0 and 1 of the package's {@code X} and {@code Y}.
 *
 * <p>The active-unit lists hold the indices of the units that are 1, in ascending order, so that
 * event-driven code touches only active units.
 */
@ProviderType
public interface Activity {

  /** Number of units. */
  int size();

  /** Activity at t (read only). */
  boolean[] before();

  /** Activity at t+1 (read only). */
  boolean[] after();

  /** Indices of the units active at t, ascending; the first {@link #activeBeforeCount()} count. */
  int[] activeBefore();

  int activeBeforeCount();

  /** Indices of the units active at t+1, ascending; the first {@link #activeAfterCount()} count. */
  int[] activeAfter();

  int activeAfterCount();
}
