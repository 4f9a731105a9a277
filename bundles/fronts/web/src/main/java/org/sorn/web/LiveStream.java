package org.sorn.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.sorn.api.run.RunEvent;
import org.sorn.api.run.Simulation;
import org.sorn.shell.front.RunEvents;

/**
 * {@code GET /api/runs/{id}/stream}: a run's live data as server-sent events, one frame about every
 * {@link #FRAME_MILLIS} ms: the step and status, the raster of the last steps, the mean rate since
 * the last frame, the latest copy's connection fraction and histograms when there is a new one, and
 * the run's new events. The run never waits for it: it reads what the run's watcher left. The
 * stream ends after the frame that shows the run ended.
 */
final class LiveStream {
  static final long FRAME_MILLIS = 200;
  /** Steps of the raster in each frame, at most. */
  static final int RASTER_STEPS = 300;
  /** Frames an ended run's stream waits for the copy of its final state. */
  private static final int FINAL_FRAMES = 10;

  private final Simulation run;
  private final RunMonitor monitor;
  private final BooleanSupplier serving;

  /** @param serving false once the web workbench stops: the stream ends */
  LiveStream(Simulation run, RunMonitor monitor, BooleanSupplier serving) {
    this.run = run;
    this.monitor = monitor;
    this.serving = serving;
  }

  void serve(HttpServletResponse response) throws IOException {
    response.setStatus(200);
    response.setContentType("text/event-stream");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    ServletOutputStream out = response.getOutputStream();
    monitor.viewerJoined(this);
    try {
      long rateFrom = monitor.end();
      long frameEnd = Math.max(0, monitor.end());
      int eventsSent = 0;
      long sampleSent = -1;
      int finalFrames = 0;
      while (serving.getAsBoolean()) {
        boolean ended = run.status().isFinal();
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("step", run.stepsDone());
        frame.put("status", RunJson.label(run));
        frame.put("pause_reason", run.pauseReason());
        RunMonitor.Raster raster = monitor.raster(RASTER_STEPS);
        if (raster != null) {
          frame.put("raster", Map.of(
              "first", raster.first(),
              "steps", raster.steps(),
              "units", raster.units(),
              "bits", Base64.getEncoder().encodeToString(raster.bits())));
        }
        RunMonitor.Rate rate = monitor.rateSince(rateFrom);
        if (rate != null) {
          frame.put("rate", Map.of("from", rate.from(), "to", rate.to(), "value", rate.value()));
          rateFrom = rate.to();
        }
        StateSample sample = monitor.latest();
        boolean finalSample = sample != null && sample.step() == run.stepsDone();
        if (sample != null && sample.step() != sampleSent) {
          frame.put("sample", sample(sample));
          sampleSent = sample.step();
        }
        List<RunEvent> events = run.events();
        if (events.size() > eventsSent) {
          frame.put("events_from", eventsSent);
          frame.put("events", RunJson.events(events.subList(eventsSent, events.size())));
          frame.put("mechanisms", run.mechanisms().stream().map(RunJson::mechanism).toList());
          frame.put("frozen", RunEvents.frozen(run));
          eventsSent = events.size();
        }
        long seen = Math.max(0, monitor.end());
        monitor.wantRasterFrom(this, nextRaster(seen, seen - frameEnd));
        frameEnd = seen;
        boolean last = ended && (finalSample || ++finalFrames >= FINAL_FRAMES);
        frame.put("ended", last);
        out.write(("data: " + JsonServlet.JSON.writeValueAsString(frame) + "\n\n")
            .getBytes(StandardCharsets.UTF_8));
        out.flush();
        if (last) {
          return;
        }
        try {
          Thread.sleep(FRAME_MILLIS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    } finally {
      monitor.viewerLeft(this);
    }
  }

  /**
   * The first step the next frame's raster needs, from the step seen now and the steps made since
   * the last frame: the next frame comes about as many steps later, and shows its last {@link
   * #RASTER_STEPS}; a quarter of the steps between frames more, for a run that speeds up.
   */
  static long nextRaster(long now, long perFrame) {
    return now + Math.max(0, perFrame - perFrame / 4 - RASTER_STEPS);
  }

  static Map<String, Object> sample(StateSample s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("step", s.step());
    m.put("connections", s.connections());
    m.put("connection_fraction", s.connectionFraction());
    m.put("thresholds", histogram(s.thresholds()));
    m.put("weights", histogram(s.weights()));
    return m;
  }

  private static Map<String, Object> histogram(Histogram h) {
    return Map.of("low", h.low(), "high", h.high(), "counts", h.counts());
  }
}
