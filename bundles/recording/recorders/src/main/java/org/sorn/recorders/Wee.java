package org.sorn.recorders;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.sorn.api.Recorder;
import org.sorn.recording.DoubleSeriesWriter;

/**
 * The package's {@code WEE}: W^EE [pre][post] after each step's plasticity, ne x ne doubles; a
 * snapshot every k steps with the option {@code every} ({@code --record WEE:every=1000}).
 */
@Component(service = Recorder.class, property = "sorn.recorder=" + Wee.NAME)
public final class Wee extends SeriesRecorder<DoubleSeriesWriter> {
  static final String NAME = "WEE";

  public Wee() {
    super(
        NAME,
        "W^EE [pre][post] after the plasticity of step t",
        Moment.AFTER_STEP,
        SeriesKind.REALS,
        d -> List.of(d.ne(), d.ne()),
        (out, step) -> writeMatrix(out, step.step(), step.state().wee()));
  }
}
