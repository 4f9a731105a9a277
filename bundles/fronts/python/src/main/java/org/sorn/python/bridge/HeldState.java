package org.sorn.python.bridge;

import java.nio.ByteBuffer;
import org.sorn.api.NetworkState;

/**
 * The state a runner's last run ended with, and where its caller holds it in dense form: a next
 * run given that very memory, holding those very values, starts from a copy of the engine's state
 * instead of converting the dense arrays again (what makes a step per call cheap). A change the
 * caller made in place is seen: the values are compared.
 */
final class HeldState {
  /** Larger states are not kept: their dense copies would cost more memory than time saved. */
  static final long LARGEST = 1L << 23;

  private final NetworkState state;
  private final ByteBuffer weights;
  private final long weightsAt;
  private final ByteBuffer activity;
  private final long activityAt;
  // the values the caller was left with, to compare with what it passes next
  private final ByteBuffer weightValues;
  private final ByteBuffer activityValues;

  private HeldState(NetworkState state, ByteBuffer weights, long weightsAt, ByteBuffer activity,
      long activityAt, ByteBuffer weightValues, ByteBuffer activityValues) {
    this.state = state;
    this.weights = weights;
    this.weightsAt = weightsAt;
    this.activity = activity;
    this.activityAt = activityAt;
    this.weightValues = weightValues;
    this.activityValues = activityValues;
  }

  NetworkState state() {
    return state;
  }

  /**
   * After a run that ended with {@code state}: its weights and thresholds are held in {@code
   * weights} from {@code weightsAt}, its X and Y in {@code activity} from {@code activityAt}; null
   * when the state is too large to keep.
   *
   * @param unchanged the values of the weights when they were not written again (the training
   *     phase), else null
   * @param spare the held state this one replaces, whose copies may be written over, or null
   */
  static HeldState after(NetworkState state, ByteBuffer weights, long weightsAt,
      ByteBuffer activity, long activityAt, ByteBuffer unchanged, HeldState spare) {
    long weightsLength = DenseState.weightsLength(state.ne(), state.ni());
    if (weightsLength > LARGEST) {
      return null;
    }
    ByteBuffer w = unchanged != null ? unchanged
        : copy(weights, weightsAt, weightsLength,
            spare == null || spare.weightValues == unchanged ? null : spare.weightValues);
    ByteBuffer a = copy(activity, activityAt, 2L * (state.ne() + state.ni()),
        spare == null ? null : spare.activityValues);
    return new HeldState(state, weights, weightsAt, activity, activityAt, w, a);
  }

  /** The values of the weights and thresholds the caller was left with. */
  ByteBuffer weightValues() {
    return weightValues;
  }

  /** True when the caller passes back the memory it was left with, holding the same values. */
  boolean heldAt(ByteBuffer w, long wAt, ByteBuffer a, long aAt) {
    return w == weights && a == activity && wAt == weightsAt && aAt == activityAt
        && same(a, aAt, activityValues) && same(w, wAt, weightValues);
  }

  private static boolean same(ByteBuffer buffer, long at, ByteBuffer values) {
    return buffer.slice((int) (at * 8), values.capacity()).mismatch(values) == -1;
  }

  /** The elements of {@code buffer} from {@code at}, copied into {@code into} when it fits. */
  private static ByteBuffer copy(ByteBuffer buffer, long at, long elements, ByteBuffer into) {
    ByteBuffer values = into != null && into.capacity() == elements * 8
        ? into : ByteBuffer.allocate((int) (elements * 8));
    values.put(0, buffer, (int) (at * 8), values.capacity());
    return values;
  }
}
