package org.sorn.recorders;

import org.osgi.service.component.annotations.Component;
import org.sorn.api.Recorder;

/** The package's {@code ExcitatoryActivation}: x(t+1) of each step, ne values 0.0 / 1.0. */
@Component(service = Recorder.class, property = "sorn.recorder=" + ExcitatoryActivation.NAME)
public final class ExcitatoryActivation extends StepSeriesRecorder {
  static final String NAME = "ExcitatoryActivation";

  public ExcitatoryActivation() {
    super(NAME, Moment.AFTER_STEP, (json, step) -> writeActivity(json, step.state().x().after()));
  }
}
