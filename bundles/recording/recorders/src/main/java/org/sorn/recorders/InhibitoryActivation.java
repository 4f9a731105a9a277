package org.sorn.recorders;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.sorn.api.Recorder;
import org.sorn.recording.BitSeriesWriter;

/** The package's {@code InhibitoryActivation}: y(t+1) of each step, bit-packed. */
@Component(service = Recorder.class, property = "sorn.recorder=" + InhibitoryActivation.NAME)
public final class InhibitoryActivation extends SeriesRecorder<BitSeriesWriter> {
  static final String NAME = "InhibitoryActivation";

  public InhibitoryActivation() {
    super(
        NAME,
        "y(t+1) of step t: one flag per inhibitory unit",
        Moment.AFTER_STEP,
        SeriesKind.FLAGS,
        d -> List.of(d.ni()),
        (out, step) -> out.write(step.step(), step.state().y().after()));
  }
}
