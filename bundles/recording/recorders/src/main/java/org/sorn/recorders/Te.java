package org.sorn.recorders;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.sorn.api.Recorder;
import org.sorn.recording.DoubleSeriesWriter;

/** The package's {@code TE}: the excitatory thresholds after each step's IP, ne doubles. */
@Component(service = Recorder.class, property = "sorn.recorder=" + Te.NAME)
public final class Te extends SeriesRecorder<DoubleSeriesWriter> {
  static final String NAME = "TE";

  public Te() {
    super(
        NAME,
        "T^E after the plasticity of step t",
        Moment.AFTER_STEP,
        SeriesKind.REALS,
        d -> List.of(d.ne()),
        (out, step) -> out.write(step.step(), step.state().te()));
  }
}
