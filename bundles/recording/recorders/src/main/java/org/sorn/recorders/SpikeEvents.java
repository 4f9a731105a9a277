package org.sorn.recorders;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.sorn.api.Recorder;
import org.sorn.recording.EventSeriesWriter;

/**
 * The excitatory spikes of each step in sparse form: the units active in x(t+1), ascending, as a
 * list of int32.
 */
@Component(service = Recorder.class, property = "sorn.recorder=" + SpikeEvents.NAME)
public final class SpikeEvents extends SeriesRecorder<EventSeriesWriter> {
  static final String NAME = "SpikeEvents";

  public SpikeEvents() {
    super(
        NAME,
        "the excitatory units active in x(t+1) of step t, ascending",
        Moment.AFTER_STEP,
        SeriesKind.UNIT_LISTS,
        d -> List.of(d.ne()),
        (out, step) ->
            out.write(
                step.step(), step.state().x().activeAfter(), step.state().x().activeAfterCount()));
  }
}
