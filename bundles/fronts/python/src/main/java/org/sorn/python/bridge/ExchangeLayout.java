package org.sorn.python.bridge;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Where the input, the state and each callback are in the exchange buffer of a run ({@link
 * org.sorn.python.PackageRunner}), in 8-byte elements.
 */
record ExchangeLayout(int ne, int ni, int nu, long steps, List<Callback> callbacks) {

  /** Elements from which the state is held: after the input. */
  long state() {
    return (long) nu * steps;
  }

  /** Element from which the entries of callback {@code k} are held. */
  long callback(int k) {
    long at = state() + DenseState.length(ne, ni);
    for (int i = 0; i < k; i++) {
      at += steps * callbacks.get(i).entry(ne, ni);
    }
    return at;
  }

  /** All the elements. */
  long length() {
    return callback(callbacks.size());
  }

  /**
   * {@code buffer} in native byte order, checked to hold this layout.
   *
   * @throws IllegalArgumentException when it is too small
   */
  ByteBuffer check(ByteBuffer buffer) {
    long needed = length();
    if (buffer == null || buffer.capacity() / 8 < needed) {
      throw new IllegalArgumentException(
          "the exchange buffer holds " + (buffer == null ? 0 : buffer.capacity() / 8)
              + " elements, the run of " + steps + " steps needs " + needed);
    }
    return buffer.order(ByteOrder.nativeOrder());
  }

  /** {@code buffer} in native order, checked to hold {@code length} elements from {@code at}. */
  static ByteBuffer checkState(ByteBuffer buffer, long at, long length, String what) {
    if (buffer == null || at < 0 || buffer.capacity() / 8 < at + length) {
      throw new IllegalArgumentException(
          "the " + what + " buffer holds " + (buffer == null ? 0 : buffer.capacity() / 8)
              + " elements, " + length + " from element " + at + " are needed");
    }
    return buffer.order(ByteOrder.nativeOrder());
  }
}
