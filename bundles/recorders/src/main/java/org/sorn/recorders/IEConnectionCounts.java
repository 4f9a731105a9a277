package org.sorn.recorders;

import org.osgi.service.component.annotations.Component;
import org.sorn.api.Recorder;

/**
 * The package's {@code IEConnectionCounts}: #(W^IE &gt; 0) at the start of each step (the package
 * has this callback class but cannot record it).
 */
@Component(service = Recorder.class, property = "sorn.recorder=" + IEConnectionCounts.NAME)
public final class IEConnectionCounts extends StepSeriesRecorder {
  static final String NAME = "IEConnectionCounts";

  public IEConnectionCounts() {
    super(
        NAME,
        Moment.BEFORE_PLASTICITY,
        (json, step) -> writeConnectionCount(json, step.state().wie()));
  }
}
