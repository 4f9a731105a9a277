package org.sorn.recorders;

import org.osgi.service.component.annotations.Component;
import org.sorn.api.Recorder;

/** The package's {@code InhibitoryActivation}: y(t+1) of each step, ni values 0.0 / 1.0. */
@Component(service = Recorder.class, property = "sorn.recorder=" + InhibitoryActivation.NAME)
public final class InhibitoryActivation extends StepSeriesRecorder {
  static final String NAME = "InhibitoryActivation";

  public InhibitoryActivation() {
    super(NAME, Moment.AFTER_STEP, (json, step) -> writeActivity(json, step.state().y().after()));
  }
}
