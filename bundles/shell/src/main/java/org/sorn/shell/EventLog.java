package org.sorn.shell;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sorn.api.MechanismRecord;
import org.sorn.api.RunEvent;
import org.sorn.api.StepListener;
import org.sorn.api.StepView;

/**
 * Writes {@code events.jsonl} as the run goes: one JSON object per {@link RunEvent}, flushed line
 * by line, so that the record of what changed survives a process that dies before {@code run.json}
 * is written.
 */
final class EventLog implements StepListener {
  static final String FILE = "events.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Writer out;

  private EventLog(Writer out) {
    this.out = out;
  }

  /** Opens (or empties) {@code events.jsonl} in {@code directory}. */
  static EventLog open(Path directory) throws IOException {
    return new EventLog(Files.newBufferedWriter(directory.resolve(FILE), StandardCharsets.UTF_8));
  }

  /**
   * One event as {@code events.jsonl} and {@code run.json} write it: the step, kind and slot, the
   * mechanism in force from then on (variant, bundle, version, parameters; null when none), and
   * the message.
   */
  static Map<String, Object> entry(RunEvent e) {
    MechanismRecord m = e.mechanism();
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("step", e.step());
    entry.put("kind", e.kind());
    entry.put("slot", e.slot());
    entry.put("variant", m == null ? null : m.variant());
    entry.put("bundle", m == null ? null : m.bundle());
    entry.put("bundle_version", m == null ? null : m.bundleVersion());
    entry.put("parameters", m == null ? null : m.parameters());
    entry.put("message", e.message());
    return entry;
  }

  @Override
  public void onEvent(RunEvent event) throws IOException {
    out.write(JSON.writeValueAsString(entry(event)));
    out.write('\n');
    out.flush();
  }

  @Override
  public void afterStep(StepView step) {
    // only the changes of the rules are logged, not the steps
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
