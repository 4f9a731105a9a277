package org.sorn.recorders;

import org.osgi.service.component.annotations.Component;
import org.sorn.api.Recorder;

/** The package's {@code RecurrentActivation}: x(t+1) without the input, ne values 0.0 / 1.0. */
@Component(service = Recorder.class, property = "sorn.recorder=" + RecurrentActivation.NAME)
public final class RecurrentActivation extends StepSeriesRecorder {
  static final String NAME = "RecurrentActivation";

  public RecurrentActivation() {
    super(NAME, Moment.AFTER_STEP, (json, step) -> writeActivity(json, step.recurrentActivation()));
  }
}
