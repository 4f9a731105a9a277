package org.sorn.api;

import java.io.IOException;
import org.osgi.annotation.versioning.ConsumerType;

/** A named generator of input sequences, published as an OSGi service. */
@ConsumerType
public interface InputSource {

  /** The generator's name, for example {@code "uniform"}. */
  String name();

  /** The input of one run; random generators draw from {@code run.random(name())}. */
  InputSequence open(RunContext run) throws IOException;
}
