package org.sorn.recorders;

import org.osgi.service.component.annotations.Component;
import org.sorn.api.Recorder;

/** The package's {@code EIConnectionCounts}: #(W^EI &gt; 0) at the start of each step. */
@Component(service = Recorder.class, property = "sorn.recorder=" + EIConnectionCounts.NAME)
public final class EIConnectionCounts extends StepSeriesRecorder {
  static final String NAME = "EIConnectionCounts";

  public EIConnectionCounts() {
    super(
        NAME,
        Moment.BEFORE_PLASTICITY,
        (json, step) -> writeConnectionCount(json, step.state().wei()));
  }
}
