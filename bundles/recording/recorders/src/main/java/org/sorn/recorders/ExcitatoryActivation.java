package org.sorn.recorders;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.sorn.api.Recorder;
import org.sorn.recording.BitSeriesWriter;

/** The package's {@code ExcitatoryActivation}: x(t+1) of each step, bit-packed. */
@Component(service = Recorder.class, property = "sorn.recorder=" + ExcitatoryActivation.NAME)
public final class ExcitatoryActivation extends SeriesRecorder<BitSeriesWriter> {
  static final String NAME = "ExcitatoryActivation";

  public ExcitatoryActivation() {
    super(
        NAME,
        "x(t+1) of step t: one flag per excitatory unit",
        Moment.AFTER_STEP,
        SeriesKind.FLAGS,
        d -> List.of(d.ne()),
        (out, step) -> out.write(step.step(), step.state().x().after()));
  }
}
