package org.sorn.recorders;

import org.osgi.service.component.annotations.Component;
import org.sorn.api.Recorder;

/** The package's {@code WEI}: W^EI [pre][post] after each step's plasticity, ni x ne. */
@Component(service = Recorder.class, property = "sorn.recorder=" + Wei.NAME)
public final class Wei extends StepSeriesRecorder {
  static final String NAME = "WEI";

  public Wei() {
    super(NAME, Moment.AFTER_STEP, (json, step) -> writeMatrix(json, step.state().wei()));
  }
}
