package org.sorn.recorders;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.sorn.api.Recorder;
import org.sorn.recording.BitSeriesWriter;

/** The package's {@code RecurrentActivation}: x(t+1) without the input, bit-packed. */
@Component(service = Recorder.class, property = "sorn.recorder=" + RecurrentActivation.NAME)
public final class RecurrentActivation extends SeriesRecorder<BitSeriesWriter> {
  static final String NAME = "RecurrentActivation";

  public RecurrentActivation() {
    super(
        NAME,
        "x(t+1) of step t as it would be without the input: one flag per excitatory unit",
        Moment.AFTER_STEP,
        SeriesKind.FLAGS,
        d -> List.of(d.ne()),
        (out, step) -> out.write(step.step(), step.recurrentActivation()));
  }
}
