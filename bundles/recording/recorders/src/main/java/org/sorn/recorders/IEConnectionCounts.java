package org.sorn.recorders;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.sorn.api.Recorder;
import org.sorn.api.fastpath.TrackedWeights;
import org.sorn.recording.LongSeriesWriter;

/**
 * The package's {@code IEConnectionCounts}: #(W^IE &gt; 0) at the start of each step (the package
 * has this callback class but cannot record it).
 */
@Component(service = Recorder.class, property = "sorn.recorder=" + IEConnectionCounts.NAME)
public final class IEConnectionCounts extends SeriesRecorder<LongSeriesWriter> {
  static final String NAME = "IEConnectionCounts";

  public IEConnectionCounts() {
    super(
        NAME,
        "#(W^IE > 0) at the start of step t",
        Moment.BEFORE_PLASTICITY,
        SeriesKind.COUNTS,
        d -> List.of(),
        (out, step) ->
            out.write(step.step(), TrackedWeights.of(step.state().wie()).countPositive()));
  }
}
