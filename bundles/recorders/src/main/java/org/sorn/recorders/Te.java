package org.sorn.recorders;

import org.osgi.service.component.annotations.Component;
import org.sorn.api.Recorder;

/** The package's {@code TE}: the excitatory thresholds after each step's IP, ne values. */
@Component(service = Recorder.class, property = "sorn.recorder=" + Te.NAME)
public final class Te extends StepSeriesRecorder {
  static final String NAME = "TE";

  public Te() {
    super(NAME, Moment.AFTER_STEP, (json, step) -> writeValues(json, step.state().te()));
  }
}
