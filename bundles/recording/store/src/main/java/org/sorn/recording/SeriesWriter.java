package org.sorn.recording;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Streams one series into {@code data/<Name>.<ext>} through a buffer of fixed size, one entry per
 * recorded step; the subclasses encode the entries. Not thread-safe: a run writes on one thread.
 *
 * <p>Opening writes the sidecar but keeps the data file as it is: a resumed run {@link #restore}s
 * its position in it, a fresh run empties it when it writes first.
 */
@ProviderType
public abstract class SeriesWriter implements Closeable {
  /** The keys of a checkpoint position: bytes in the data file, entries written. */
  public static final String BYTES = "bytes";

  public static final String ENTRIES = "entries";

  private static final int BUFFER_BYTES = 1 << 16;

  private final SeriesLayout layout;
  private final Path file;
  private final FileChannel channel;
  private final ByteBuffer buffer =
      ByteBuffer.allocate(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
  private long flushed;
  private long entries;
  // false until the first entry or a restore: only then is the file's old content dropped
  private boolean positioned;
  private boolean closed;

  protected SeriesWriter(Path runDirectory, SeriesLayout layout, Encoding encoding)
      throws IOException {
    if (layout.encoding() != encoding) {
      throw new IllegalArgumentException(
          "series "
              + layout.name()
              + " is encoded as "
              + layout.encoding().label()
              + ", this writer writes "
              + encoding.label());
    }
    this.layout = layout;
    Path data = Recording.dataDirectory(runDirectory);
    Files.createDirectories(data);
    Sidecar.write(data, layout);
    file = data.resolve(layout.dataFile());
    channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
  }

  public final SeriesLayout layout() {
    return layout;
  }

  /** The data file. */
  public final Path file() {
    return file;
  }

  /** The entries written so far. */
  public final long entries() {
    return entries;
  }

  /**
   * Starts the entry of {@code step}.
   *
   * @throws IllegalStateException when {@code step} is not the window's next step: entries are
   *     found by their index, so none may be missing
   */
  protected final void startEntry(long step) throws IOException {
    if (closed) {
      throw new IllegalStateException("series " + layout.name() + " is closed");
    }
    position();
    long expected = layout.window().step(entries);
    if (step != expected) {
      throw new IllegalStateException(
          "series " + layout.name() + " was given step " + step + ", its next step is " + expected);
    }
  }

  /** The buffer, with room for {@code bytes} (at most 8) more bytes. */
  protected final ByteBuffer room(int bytes) throws IOException {
    if (buffer.remaining() < bytes) {
      flush();
    }
    return buffer;
  }

  /** Ends the entry started last. */
  protected final void completeEntry() {
    entries++;
  }

  /**
   * Writes out what is buffered and returns the position, {@code {bytes, entries}}, for {@link
   * #restore}.
   */
  public final Map<String, Object> checkpoint() throws IOException {
    position();
    flush();
    Map<String, Object> at = new LinkedHashMap<>();
    at.put(BYTES, flushed);
    at.put(ENTRIES, entries);
    return at;
  }

  /**
   * Continues from a position that {@link #checkpoint()} returned: drops whatever the file holds
   * after it.
   *
   * @throws IOException when the file is shorter than the position or the position is not one
   */
  public final void restore(Map<String, Object> position) throws IOException {
    long bytes = number(position, BYTES);
    long at = number(position, ENTRIES);
    long entryBytes = layout.entryBytes();
    if (bytes < 0 || at < 0 || (entryBytes >= 0 && bytes != at * entryBytes)) {
      throw new IOException(
          "series " + layout.name() + ": " + position + " is not a position in " + file);
    }
    if (channel.size() < bytes) {
      throw new IOException(
          file + " has " + channel.size() + " bytes, the checkpoint needs " + bytes
              + ": the recording was cut after the checkpoint");
    }
    buffer.clear();
    channel.truncate(bytes);
    channel.position(bytes);
    flushed = bytes;
    entries = at;
    positioned = true;
  }

  /** Writes out what is buffered and closes the file; closing again does nothing. */
  @Override
  public final void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (channel) {
      position();
      flush();
    }
  }

  private void position() throws IOException {
    if (!positioned) {
      channel.truncate(0);
      channel.position(0);
      flushed = 0;
      positioned = true;
    }
  }

  private void flush() throws IOException {
    buffer.flip();
    while (buffer.hasRemaining()) {
      flushed += channel.write(buffer);
    }
    buffer.clear();
  }

  private long number(Map<String, Object> position, String key) throws IOException {
    Object v = position == null ? null : position.get(key);
    if (!(v instanceof Number n)) {
      throw new IOException(
          "series " + layout.name() + ": the checkpoint position " + position + " has no " + key);
    }
    return n.longValue();
  }
}
