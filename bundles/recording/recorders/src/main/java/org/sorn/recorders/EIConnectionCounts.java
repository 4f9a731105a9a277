package org.sorn.recorders;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.sorn.api.Recorder;
import org.sorn.api.fastpath.TrackedWeights;
import org.sorn.recording.LongSeriesWriter;

/** The package's {@code EIConnectionCounts}: #(W^EI &gt; 0) at the start of each step. */
@Component(service = Recorder.class, property = "sorn.recorder=" + EIConnectionCounts.NAME)
public final class EIConnectionCounts extends SeriesRecorder<LongSeriesWriter> {
  static final String NAME = "EIConnectionCounts";

  public EIConnectionCounts() {
    super(
        NAME,
        "#(W^EI > 0) at the start of step t",
        Moment.BEFORE_PLASTICITY,
        SeriesKind.COUNTS,
        d -> List.of(),
        (out, step) ->
            out.write(step.step(), TrackedWeights.of(step.state().wei()).countPositive()));
  }
}
