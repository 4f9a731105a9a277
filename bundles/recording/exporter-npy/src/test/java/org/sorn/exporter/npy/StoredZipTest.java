package org.sorn.exporter.npy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredZipTest {
  private static final byte[] HELLO = "hello".getBytes(StandardCharsets.US_ASCII);

  @TempDir Path dir;

  private Path archive(boolean zip64) throws IOException {
    Path file = dir.resolve(zip64 ? "z64.zip" : "z.zip");
    try (StoredZip zip = new StoredZip(file, zip64)) {
      WritableByteChannel a = zip.begin("a.npy", 5);
      a.write(ByteBuffer.wrap(HELLO, 0, 2));
      a.write(ByteBuffer.wrap(HELLO, 2, 3));
      zip.end();
      zip.begin("b.npy", 0);
      zip.end();
    }
    return file;
  }

  @Test
  void writesLocalHeadersCentralDirectoryAndEndRecord() throws IOException {
    ByteBuffer z = little(Files.readAllBytes(archive(false)));
    CRC32 crc = new CRC32();
    crc.update(HELLO);

    assertEquals(0x04034b50, z.getInt(0));
    assertEquals(20, z.getShort(4));
    assertEquals(0, z.getShort(8), "stored");
    assertEquals(0x21, z.getShort(12), "1980-01-01");
    assertEquals((int) crc.getValue(), z.getInt(14));
    assertEquals(5, z.getInt(18));
    assertEquals(5, z.getInt(22));
    assertEquals(5, z.getShort(26));
    assertEquals(0, z.getShort(28));
    assertEquals("a.npy", text(z, 30, 5));
    assertEquals("hello", text(z, 35, 5));
    int b = 40;
    assertEquals(0x04034b50, z.getInt(b));
    assertEquals(0, z.getInt(b + 14), "the CRC of nothing");
    int central = b + 35;
    assertEquals(0x02014b50, z.getInt(central));
    assertEquals(0, z.getInt(central + 42), "offset of a.npy");
    assertEquals(0x02014b50, z.getInt(central + 51));
    assertEquals(b, z.getInt(central + 51 + 42), "offset of b.npy");
    int end = z.limit() - 22;
    assertEquals(0x06054b50, z.getInt(end));
    assertEquals(2, z.getShort(end + 10));
    assertEquals(end - central, z.getInt(end + 12));
    assertEquals(central, z.getInt(end + 16));
  }

  @Test
  void isReadByJavasZipReader() throws IOException {
    for (boolean zip64 : List.of(false, true)) {
      try (ZipFile zip = new ZipFile(archive(zip64).toFile())) {
        ZipEntry a = zip.getEntry("a.npy");
        assertEquals(ZipEntry.STORED, a.getMethod());
        assertEquals(5, a.getSize());
        try (InputStream in = zip.getInputStream(a)) {
          assertArrayEquals(HELLO, in.readAllBytes());
        }
        assertEquals(0, zip.getEntry("b.npy").getSize());
        assertEquals(2, zip.size());
      }
    }
  }

  @Test
  void writesZip64RecordsWhenAsked() throws IOException {
    ByteBuffer z = little(Files.readAllBytes(archive(true)));
    assertEquals(45, z.getShort(4));
    assertEquals(-1, z.getInt(18), "sizes in the extra field");
    assertEquals(20, z.getShort(28));
    assertEquals(1, z.getShort(30 + 5), "the ZIP64 extra field");
    assertEquals(5, z.getLong(30 + 5 + 4));
    int end = z.limit() - 22;
    int locator = end - 20;
    assertEquals(0x07064b50, z.getInt(locator));
    int record = (int) z.getLong(locator + 8);
    assertEquals(0x06064b50, z.getInt(record));
    assertEquals(2, z.getLong(record + 32));
  }

  @Test
  void refusesAnEntryOfAnotherSizeThanAnnounced() throws IOException {
    try (StoredZip zip = new StoredZip(dir.resolve("bad.zip"), false)) {
      zip.begin("a.npy", 6).write(ByteBuffer.wrap(HELLO));
      IllegalStateException e = assertThrows(IllegalStateException.class, zip::end);
      assertEquals("zip entry a.npy announced 6 bytes, got 5", e.getMessage());
    }
  }

  private static ByteBuffer little(byte[] bytes) {
    return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
  }

  private static String text(ByteBuffer z, int at, int length) {
    byte[] b = new byte[length];
    z.get(at, b);
    return new String(b, StandardCharsets.US_ASCII);
  }
}
