package org.sorn.exporter.npy;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Writes a zip archive of stored (uncompressed) entries whose sizes are known before they are
 * written, as {@code numpy.savez} makes them: the data streams straight into the file and only the
 * CRC-32 is written back into each local header. ZIP64 records are added where a size or offset
 * does not fit 32 bits (or always, when asked).
 */
final class StoredZip implements Closeable {
  private static final long MAX32 = 0xffffffffL;
  private static final int MAX16 = 0xffff;
  private static final int VERSION_ZIP = 20;
  private static final int VERSION_ZIP64 = 45;
  // MS-DOS time 00:00:00 and date 1980-01-01: the same archive bytes for the same arrays
  private static final int DOS_TIME = 0;
  private static final int DOS_DATE = (1 << 5) | 1;
  // made on Unix (3), a regular file rw-r--r--
  private static final int MADE_BY_UNIX = 3 << 8;
  private static final int REGULAR_FILE = 0100644 << 16;

  private record Entry(byte[] name, long size, long offset, long crc, boolean zip64) {}

  private final FileChannel file;
  private final boolean alwaysZip64;
  private final List<Entry> entries = new ArrayList<>();
  private final CRC32 crc = new CRC32();
  private byte[] openName;
  private long openSize;
  private long openOffset;
  private long written;

  StoredZip(Path path, boolean alwaysZip64) throws IOException {
    this.file =
        FileChannel.open(
            path,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING);
    this.alwaysZip64 = alwaysZip64;
  }

  /**
   * Starts the entry {@code name} of {@code size} bytes; returns the channel to write them to.
   */
  WritableByteChannel begin(String name, long size) throws IOException {
    openName = name.getBytes(StandardCharsets.UTF_8);
    openSize = size;
    openOffset = file.position();
    crc.reset();
    written = 0;
    boolean zip64 = alwaysZip64 || size >= MAX32;
    ByteBuffer h = little(30 + openName.length + (zip64 ? 20 : 0));
    h.putInt(0x04034b50).putShort(version(zip64)).putShort((short) 0).putShort((short) 0);
    h.putShort((short) DOS_TIME).putShort((short) DOS_DATE);
    h.putInt(0);
    h.putInt(zip64 ? (int) MAX32 : (int) size).putInt(zip64 ? (int) MAX32 : (int) size);
    h.putShort((short) openName.length).putShort((short) (zip64 ? 20 : 0));
    h.put(openName);
    if (zip64) {
      h.putShort((short) 1).putShort((short) 16).putLong(size).putLong(size);
    }
    writeFully(h);
    return new Data();
  }

  /**
   * Ends the entry begun last and writes its CRC-32 into its local header.
   *
   * @throws IllegalStateException when its data did not have the size announced
   */
  void end() throws IOException {
    if (written != openSize) {
      throw new IllegalStateException(
          "zip entry " + new String(openName, StandardCharsets.UTF_8) + " announced " + openSize
              + " bytes, got " + written);
    }
    ByteBuffer value = little(4).putInt((int) crc.getValue()).flip();
    file.write(value, openOffset + 14);
    boolean zip64 = alwaysZip64 || openSize >= MAX32 || openOffset >= MAX32;
    entries.add(new Entry(openName, openSize, openOffset, crc.getValue(), zip64));
    openName = null;
  }

  /** Writes the central directory and closes the file. */
  @Override
  public void close() throws IOException {
    try (file) {
      long start = file.position();
      for (Entry e : entries) {
        writeFully(central(e));
      }
      long size = file.position() - start;
      boolean zip64 = alwaysZip64 || entries.size() >= MAX16 || start >= MAX32 || size >= MAX32;
      if (zip64) {
        long record = file.position();
        ByteBuffer z = little(56 + 20);
        z.putInt(0x06064b50).putLong(44).putShort(version(true)).putShort(version(true));
        z.putInt(0).putInt(0).putLong(entries.size()).putLong(entries.size());
        z.putLong(size).putLong(start);
        z.putInt(0x07064b50).putInt(0).putLong(record).putInt(1);
        writeFully(z);
      }
      ByteBuffer end = little(22);
      short count = (short) Math.min(entries.size(), MAX16);
      end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0);
      end.putShort(count).putShort(count);
      end.putInt((int) Math.min(size, MAX32)).putInt((int) Math.min(start, MAX32));
      end.putShort((short) 0);
      writeFully(end);
    }
  }

  private ByteBuffer central(Entry e) {
    boolean bigSize = e.zip64 && (alwaysZip64 || e.size >= MAX32);
    boolean bigOffset = e.zip64 && (alwaysZip64 || e.offset >= MAX32);
    int extra = (bigSize ? 16 : 0) + (bigOffset ? 8 : 0);
    ByteBuffer c = little(46 + e.name.length + (extra > 0 ? 4 + extra : 0));
    c.putInt(0x02014b50).putShort((short) (MADE_BY_UNIX | version(e.zip64)));
    c.putShort(version(e.zip64)).putShort((short) 0).putShort((short) 0);
    c.putShort((short) DOS_TIME).putShort((short) DOS_DATE).putInt((int) e.crc);
    c.putInt(bigSize ? (int) MAX32 : (int) e.size).putInt(bigSize ? (int) MAX32 : (int) e.size);
    c.putShort((short) e.name.length).putShort((short) (extra > 0 ? 4 + extra : 0));
    c.putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(REGULAR_FILE);
    c.putInt(bigOffset ? (int) MAX32 : (int) e.offset);
    c.put(e.name);
    if (extra > 0) {
      c.putShort((short) 1).putShort((short) extra);
      if (bigSize) {
        c.putLong(e.size).putLong(e.size);
      }
      if (bigOffset) {
        c.putLong(e.offset);
      }
    }
    return c;
  }

  private static short version(boolean zip64) {
    return (short) (zip64 ? VERSION_ZIP64 : VERSION_ZIP);
  }

  private static ByteBuffer little(int bytes) {
    return ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** Writes a buffer just filled. */
  private void writeFully(ByteBuffer b) throws IOException {
    b.flip();
    while (b.hasRemaining()) {
      file.write(b);
    }
  }

  /** The data of the open entry: counted and summed on its way to the file. */
  private final class Data implements WritableByteChannel {
    @Override
    public int write(ByteBuffer src) throws IOException {
      ByteBuffer view = src.duplicate();
      int n = file.write(src);
      view.limit(view.position() + n);
      crc.update(view);
      written += n;
      return n;
    }

    @Override
    public boolean isOpen() {
      return file.isOpen();
    }

    @Override
    public void close() {
      // the archive stays open for the next entry
    }
  }
}
