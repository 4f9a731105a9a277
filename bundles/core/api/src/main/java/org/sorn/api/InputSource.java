package org.sorn.api;

import java.io.IOException;
import org.osgi.annotation.versioning.ConsumerType;

/** A named generator of input sequences, published as an OSGi service. */
@ConsumerType
public interface InputSource {

  /** The generator's name, for example {@code "uniform"}. */
  String name();

  /**
   * The input of one run. Random generators draw from {@code run.random("input")}, the stream the
   * engine's default uniform input uses, so that a run's input depends on its seed only.
   */
  InputSequence open(RunContext run) throws IOException;
}
