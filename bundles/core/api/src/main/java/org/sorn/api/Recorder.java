package org.sorn.api;

import java.io.IOException;
import java.nio.file.Path;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A named quantity that can be recorded during a run (the package's callbacks, such as {@code
 * ExcitatoryActivation}), published as an OSGi service. Recording streams to disk as the run goes.
 */
@ConsumerType
public interface Recorder {

  /** The name users give in {@code --record}, for example {@code "ExcitatoryActivation"}. */
  String name();

  /** A listener that records this quantity for one run into files under {@code directory}. */
  StepListener open(RunContext run, Path directory) throws IOException;
}
