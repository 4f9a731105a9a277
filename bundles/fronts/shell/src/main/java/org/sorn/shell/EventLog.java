package org.sorn.shell;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.sorn.api.StepListener;
import org.sorn.api.StepView;
import org.sorn.api.run.RunEvent;
import org.sorn.shell.front.RunEvents;

/**
 * Writes {@code events.jsonl} as the run goes: one JSON object per {@link RunEvent}, flushed line
 * by line, so that the record of what changed survives a process that dies before {@code run.json}
 * is written. At a checkpoint it tells how many bytes it has written; a resumed run cuts the file
 * back there, so that its log equals the one of the run made in one go.
 */
final class EventLog implements StepListener {
  static final String FILE = "events.jsonl";
  /** The checkpoint position: bytes of the log written so far. */
  static final String BYTES = "bytes";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final FileChannel out;
  private long written;

  private EventLog(FileChannel out) {
    this.out = out;
  }

  /** Opens (or empties) {@code events.jsonl} in {@code directory}, for a fresh run. */
  static EventLog open(Path directory) throws IOException {
    return new EventLog(
        FileChannel.open(
            directory.resolve(FILE),
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING));
  }

  /**
   * Opens {@code events.jsonl} in {@code directory} as it is, for a resumed run: {@link #restore}
   * then cuts it back to the checkpoint.
   */
  static EventLog reopen(Path directory) throws IOException {
    FileChannel channel =
        FileChannel.open(directory.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    EventLog log = new EventLog(channel);
    try {
      // without a restore the log goes on after what it holds, never over it
      log.written = channel.size();
      channel.position(log.written);
      return log;
    } catch (IOException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * One event as {@code events.jsonl} and {@code run.json} write it: the step, kind and slot, the
   * mechanism in force from then on (variant, bundle, version, parameters; null when none), and
   * the message.
   */
  static Map<String, Object> entry(RunEvent e) {
    return RunEvents.entry(e);
  }

  @Override
  public void onEvent(RunEvent event) throws IOException {
    byte[] line = (JSON.writeValueAsString(entry(event)) + "\n").getBytes(StandardCharsets.UTF_8);
    ByteBuffer buffer = ByteBuffer.wrap(line);
    while (buffer.hasRemaining()) {
      written += out.write(buffer);
    }
  }

  /** Every line is on disk already: the position is the bytes written. */
  @Override
  public Map<String, Object> checkpoint() {
    return Map.of(BYTES, written);
  }

  /**
   * Drops the lines written after the checkpoint (the events of a run that was killed after it).
   *
   * @throws IOException when the log is shorter than the position: it is not this run's log
   */
  @Override
  public void restore(Map<String, Object> position) throws IOException {
    if (!(position.get(BYTES) instanceof Number n) || n.longValue() < 0) {
      throw new IOException(FILE + ": the checkpoint position " + position + " has no byte count");
    }
    long bytes = n.longValue();
    if (out.size() < bytes) {
      throw new IOException(
          FILE + " has " + out.size() + " bytes, the checkpoint needs " + bytes
              + ": it was cut or replaced after the checkpoint");
    }
    out.truncate(bytes);
    out.position(bytes);
    written = bytes;
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
