package org.sorn.recorders;

import org.osgi.service.component.annotations.Component;
import org.sorn.api.Recorder;

/** The package's {@code TI}: the inhibitory thresholds of each step, ni values. */
@Component(service = Recorder.class, property = "sorn.recorder=" + Ti.NAME)
public final class Ti extends StepSeriesRecorder {
  static final String NAME = "TI";

  public Ti() {
    super(NAME, Moment.AFTER_STEP, (json, step) -> writeValues(json, step.state().ti()));
  }
}
