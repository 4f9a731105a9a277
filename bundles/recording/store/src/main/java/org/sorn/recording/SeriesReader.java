package org.sorn.recording;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads one series entry after entry through a buffer of fixed size. Only complete entries count:
 * a file cut by a kill is read up to its last complete entry and the bytes after it are ignored.
 */
public final class SeriesReader implements Closeable {
  private static final int BUFFER_BYTES = 1 << 16;

  private final SeriesLayout layout;
  private final Path file;
  private final FileChannel channel;
  private final ByteBuffer buffer =
      ByteBuffer.allocate(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
  private long end;
  private long entries;
  private long values;
  // file offset of the first byte not yet in the buffer
  private long fetched;

  private SeriesReader(Path runDirectory, SeriesLayout layout) throws IOException {
    this.layout = layout;
    file = Recording.dataDirectory(runDirectory).resolve(layout.dataFile());
    channel = FileChannel.open(file, StandardOpenOption.READ);
    long size = channel.size();
    long entryBytes = layout.entryBytes();
    if (entryBytes > 0) {
      entries = size / entryBytes;
      end = entries * entryBytes;
      values = entries * layout.elements();
    } else if (entryBytes == 0) {
      // entries of no element take no byte: nothing tells how many there were
      end = 0;
    } else {
      countLists(size);
    }
    rewind();
  }

  /**
   * Opens the series {@code layout} of the run directory {@code runDirectory}.
   *
   * @throws IOException when its data file cannot be read
   */
  public static SeriesReader open(Path runDirectory, SeriesLayout layout) throws IOException {
    return new SeriesReader(runDirectory, layout);
  }

  public SeriesLayout layout() {
    return layout;
  }

  /** The number of complete entries, one per recorded step. */
  public long entries() {
    return entries;
  }

  /** The number of elements in all complete entries (for counted lists, the sum of the counts). */
  public long values() {
    return values;
  }

  /** The step of entry {@code entry}. */
  public long step(long entry) {
    return layout.window().step(entry);
  }

  /** Goes back to the first entry. */
  public void rewind() {
    fetched = 0;
    buffer.clear().flip();
  }

  /** The next entry of a {@link Encoding#BITS} series, into {@code flags[0..n)}. */
  public void readBits(boolean[] flags) throws IOException {
    int units = Math.toIntExact(layout.elements());
    for (int first = 0; first < units; first += 8) {
      int bits = need(1).get();
      int last = Math.min(first + 8, units);
      for (int i = first; i < last; i++) {
        flags[i] = (bits & (1 << (i - first))) != 0;
      }
    }
  }

  /** The next element of a {@link Encoding#INT64} series. */
  public long readLong() throws IOException {
    return need(8).getLong();
  }

  /** The next element of a {@link Encoding#FLOAT64} series. */
  public double readDouble() throws IOException {
    return need(8).getDouble();
  }

  /**
   * The next entry of a {@link Encoding#COUNTED_INT32} series into {@code values}; returns its
   * length.
   */
  public int readList(int[] values) throws IOException {
    int count = need(4).getInt();
    for (int i = 0; i < count; i++) {
      values[i] = need(4).getInt();
    }
    return count;
  }

  /** The step of every complete entry, in order. */
  public long[] steps() {
    long[] steps = new long[Math.toIntExact(entries)];
    for (int t = 0; t < steps.length; t++) {
      steps[t] = step(t);
    }
    return steps;
  }

  /** Every entry of a {@link Encoding#BITS} series from the first, time first: T x elements. */
  public boolean[][] readAllBits() throws IOException {
    rewind();
    boolean[][] train = new boolean[Math.toIntExact(entries)][Math.toIntExact(layout.elements())];
    for (boolean[] step : train) {
      readBits(step);
    }
    return train;
  }

  /** Every element of a {@link Encoding#INT64} series from the first. */
  public long[] readAllLongs() throws IOException {
    rewind();
    long[] all = new long[Math.toIntExact(values)];
    for (int i = 0; i < all.length; i++) {
      all[i] = readLong();
    }
    return all;
  }

  /**
   * The last complete entry of a {@link Encoding#FLOAT64} series whose entries are matrices, as
   * [row][column] of its entry shape; null when there is no complete entry. Reads that entry
   * only.
   */
  public double[][] readLastMatrix() throws IOException {
    if (entries == 0) {
      return null;
    }
    int rows = layout.entryShape().get(0);
    int columns = layout.entryShape().get(1);
    fetched = (entries - 1) * layout.entryBytes();
    buffer.clear().flip();
    double[][] w = new double[rows][columns];
    for (double[] row : w) {
      for (int j = 0; j < columns; j++) {
        row[j] = readDouble();
      }
    }
    return w;
  }

  /** Copies the bytes of the complete entries not read yet to {@code out}, as they are stored. */
  public void transferTo(WritableByteChannel out) throws IOException {
    while (buffer.hasRemaining()) {
      out.write(buffer);
    }
    while (fetched < end) {
      fetched += channel.transferTo(fetched, end - fetched, out);
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  /** Counts the complete lists of a counted series: one pass over the file. */
  private void countLists(long size) throws IOException {
    end = size;
    rewind();
    long complete = 0;
    while (size - complete >= 4) {
      long count = need(4).getInt() & 0xffffffffL;
      long next = complete + 4 + 4 * count;
      if (next > size) {
        break;
      }
      skip(4 * count);
      complete = next;
      entries++;
      values += count;
    }
    end = complete;
  }

  private void skip(long bytes) {
    if (bytes <= buffer.remaining()) {
      buffer.position(buffer.position() + (int) bytes);
    } else {
      fetched += bytes - buffer.remaining();
      buffer.clear().flip();
    }
  }

  /** The buffer, holding at least {@code bytes} unread bytes of complete entries. */
  private ByteBuffer need(int bytes) throws IOException {
    if (buffer.remaining() >= bytes) {
      return buffer;
    }
    buffer.compact();
    while (buffer.position() < bytes) {
      long left = end - fetched;
      if (left <= 0) {
        buffer.flip();
        throw new EOFException(
            file + ": read past its last complete entry (" + entries + " entries)");
      }
      int room = (int) Math.min(buffer.remaining(), left);
      ByteBuffer window = buffer.slice(buffer.position(), room);
      int n = channel.read(window, fetched);
      if (n < 0) {
        buffer.flip();
        throw new EOFException(file + " became shorter while it was read");
      }
      fetched += n;
      buffer.position(buffer.position() + n);
    }
    buffer.flip();
    return buffer;
  }
}
