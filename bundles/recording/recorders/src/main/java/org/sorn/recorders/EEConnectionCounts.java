package org.sorn.recorders;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.sorn.api.Recorder;
import org.sorn.api.fastpath.TrackedWeights;
import org.sorn.recording.LongSeriesWriter;

/** The package's {@code EEConnectionCounts}: #(W^EE &gt; 0) at the start of each step. */
@Component(service = Recorder.class, property = "sorn.recorder=" + EEConnectionCounts.NAME)
public final class EEConnectionCounts extends SeriesRecorder<LongSeriesWriter> {
  static final String NAME = "EEConnectionCounts";

  public EEConnectionCounts() {
    super(
        NAME,
        "#(W^EE > 0) at the start of step t",
        Moment.BEFORE_PLASTICITY,
        SeriesKind.COUNTS,
        d -> List.of(),
        (out, step) ->
            out.write(step.step(), TrackedWeights.of(step.state().wee()).countPositive()));
  }
}
