package org.sorn.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpzReaderTest {
  @TempDir Path dir;

  Path fixture(String name) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, NpyReaderTest.resource(name));
    return file;
  }

  /** A zip as np.savez (stored) or np.savez_compressed (deflated) would write it. */
  static void zip(Path file, boolean deflated, Map<String, byte[]> entries) throws IOException {
    try (OutputStream os = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(os)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        if (!deflated) {
          CRC32 crc = new CRC32();
          crc.update(e.getValue());
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(e.getValue().length);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
  }

  @Test
  void storedAndDeflatedNumpyArchivesReadAlike() throws IOException {
    Map<String, NumericArray> stored = NpzReader.read(fixture("state_ne20.npz"), StateFiles.KEYS);
    Map<String, NumericArray> deflated =
        NpzReader.read(fixture("state_ne20_compressed.npz"), StateFiles.KEYS);
    assertEquals(StateFiles.KEYS, List.copyOf(stored.keySet()));
    for (String key : StateFiles.KEYS) {
      assertArrayEquals(stored.get(key).shape(), deflated.get(key).shape(), key);
      assertArrayEquals(stored.get(key).values(), deflated.get(key).values(), key);
    }
    assertArrayEquals(new int[] {20, 1}, stored.get("Te").shape());
    assertArrayEquals(new int[] {4, 20}, stored.get("Wei").shape());
  }

  @Test
  void archivesWrittenByJavaReadToo() throws IOException {
    for (boolean deflated : new boolean[] {false, true}) {
      Path file = dir.resolve("a" + deflated + ".npz");
      zip(file, deflated, Map.of("A.npy", NpyBytes.f8(1, 2, 3, 4)));
      assertArrayEquals(new double[] {3, 4}, NpzReader.read(file, List.of("A")).get("A").values());
    }
  }

  @Test
  void aMissingArrayIsNamedWithWhatTheFileHas() throws IOException {
    Path file = dir.resolve("b.npz");
    zip(file, false, Map.of("Wee.npy", NpyBytes.f8(1, 1, 0)));
    assertEquals(
        "missing array 'Wei' (the file has Wee)",
        assertThrows(
                IllegalArgumentException.class, () -> NpzReader.read(file, List.of("Wee", "Wei")))
            .getMessage());
  }

  @Test
  void aBadEntryIsNamed() throws IOException {
    Path file = dir.resolve("c.npz");
    byte[] f = NpyBytes.f8(1, 2, 3, 4);
    zip(file, true, Map.of("Wee.npy", Arrays.copyOf(f, f.length - 1)));
    assertEquals(
        "array 'Wee': truncated .npy data: shape (1, 2) of <f8 needs 16 bytes, the file has 15",
        assertThrows(IllegalArgumentException.class, () -> NpzReader.read(file, List.of("Wee")))
            .getMessage());
  }

  @Test
  void notAZipIsReported() throws IOException {
    Path file = dir.resolve("d.npz");
    Files.writeString(file, "{\"Wee\": []}");
    String m =
        assertThrows(IllegalArgumentException.class, () -> NpzReader.read(file, List.of("Wee")))
            .getMessage();
    assertEquals("not a valid .npz (zip) file: ", m.substring(0, 29));
  }

  @Test
  void aTruncatedArchiveIsReported() throws IOException {
    byte[] whole = Files.readAllBytes(fixture("state_ne20_compressed.npz"));
    Path file = dir.resolve("e.npz");
    Files.write(file, Arrays.copyOf(whole, whole.length / 2));
    assertThrows(IllegalArgumentException.class, () -> NpzReader.read(file, StateFiles.KEYS));
  }
}
