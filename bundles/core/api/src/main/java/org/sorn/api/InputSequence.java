package org.sorn.api;

import org.osgi.annotation.versioning.ConsumerType;

/** The external input of one run, step by step. */
@ConsumerType
public interface InputSequence {

  /** Writes u(t), the input of step {@code step}, into {@code u} (length nu). */
  void fill(long step, double[] u);

  /** The number of steps this sequence can feed, or -1 when it has no end. */
  default long length() {
    return -1;
  }
}
