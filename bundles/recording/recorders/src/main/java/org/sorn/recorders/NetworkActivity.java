package org.sorn.recorders;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.sorn.api.Recorder;
import org.sorn.recording.LongSeriesWriter;

/**
 * The number of active excitatory and inhibitory units after each step, a pair of int64: what
 * studies plot when the whole activity is too much to keep.
 */
@Component(service = Recorder.class, property = "sorn.recorder=" + NetworkActivity.NAME)
public final class NetworkActivity extends SeriesRecorder<LongSeriesWriter> {
  static final String NAME = "NetworkActivity";

  public NetworkActivity() {
    super(
        NAME,
        "[active E units, active I units] in x(t+1), y(t+1) of step t",
        Moment.AFTER_STEP,
        SeriesKind.COUNTS,
        d -> List.of(2),
        (out, step) ->
            out.write(
                step.step(),
                step.state().x().activeAfterCount(),
                step.state().y().activeAfterCount()));
  }
}
