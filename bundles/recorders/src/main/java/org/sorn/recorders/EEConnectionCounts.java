package org.sorn.recorders;

import org.osgi.service.component.annotations.Component;
import org.sorn.api.Recorder;

/** The package's {@code EEConnectionCounts}: #(W^EE &gt; 0) at the start of each step. */
@Component(service = Recorder.class, property = "sorn.recorder=" + EEConnectionCounts.NAME)
public final class EEConnectionCounts extends StepSeriesRecorder {
  static final String NAME = "EEConnectionCounts";

  public EEConnectionCounts() {
    super(
        NAME,
        Moment.BEFORE_PLASTICITY,
        (json, step) -> writeConnectionCount(json, step.state().wee()));
  }
}
