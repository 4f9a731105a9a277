package org.sorn.recorders;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.sorn.api.Recorder;
import org.sorn.recording.DoubleSeriesWriter;

/** The package's {@code TI}: the inhibitory thresholds of each step, ni doubles. */
@Component(service = Recorder.class, property = "sorn.recorder=" + Ti.NAME)
public final class Ti extends SeriesRecorder<DoubleSeriesWriter> {
  static final String NAME = "TI";

  public Ti() {
    super(
        NAME,
        "T^I after the plasticity of step t",
        Moment.AFTER_STEP,
        SeriesKind.REALS,
        d -> List.of(d.ni()),
        (out, step) -> out.write(step.step(), step.state().ti()));
  }
}
