package org.sorn.recorders;

import org.osgi.service.component.annotations.Component;
import org.sorn.api.Recorder;

/** The package's {@code WEE}: W^EE [pre][post] after each step's plasticity, ne x ne. */
@Component(service = Recorder.class, property = "sorn.recorder=" + Wee.NAME)
public final class Wee extends StepSeriesRecorder {
  static final String NAME = "WEE";

  public Wee() {
    super(NAME, Moment.AFTER_STEP, (json, step) -> writeMatrix(json, step.state().wee()));
  }
}
