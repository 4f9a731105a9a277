package org.sorn.recorders;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.sorn.api.Recorder;
import org.sorn.recording.DoubleSeriesWriter;

/** The package's {@code WEI}: W^EI [pre][post] after each step's plasticity, ni x ne doubles. */
@Component(service = Recorder.class, property = "sorn.recorder=" + Wei.NAME)
public final class Wei extends SeriesRecorder<DoubleSeriesWriter> {
  static final String NAME = "WEI";

  public Wei() {
    super(
        NAME,
        "W^EI [pre][post] after the plasticity of step t",
        Moment.AFTER_STEP,
        SeriesKind.REALS,
        d -> List.of(d.ni(), d.ne()),
        (out, step) -> writeMatrix(out, step.step(), step.state().wei()));
  }
}
