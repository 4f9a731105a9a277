package org.sorn.api.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kept file is whole or absent: a failure at any byte leaves the old file and no temporary. */
class KeptFileTest {

  /** A stream that fails as a full disk does once {@code limit} bytes have gone through. */
  static final class FullDisk extends FilterOutputStream {
    private long left;

    FullDisk(OutputStream out, long limit) {
      super(out);
      this.left = limit;
    }

    @Override
    public void write(int b) throws IOException {
      if (left-- <= 0) {
        throw new FileSystemException("results.json", null, "No space left on device");
      }
      out.write(b);
    }
  }

  private static byte[] content(int size) {
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) ('a' + i % 26);
    }
    return bytes;
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesTheWholeFileAndLeavesNoTemporary(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("results.json");
    byte[] bytes = content(200_000);
    assertEquals(file, KeptFile.write(file, out -> out.write(bytes)));
    assertArrayEquals(bytes, Files.readAllBytes(file));
    assertEquals(List.of("results.json"), names(dir));
  }

  @Test
  void aDiskThatFillsAtAnyByteLeavesTheEarlierFileWholeAndNoTemporary(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("results.json");
    byte[] before = "{\"earlier\": true}".getBytes(StandardCharsets.UTF_8);
    Files.write(file, before);
    byte[] bytes = content(100_000);
    for (long failAt : new long[] {0, 1, 65_535, 65_536, 99_999}) {
      IOException e =
          assertThrows(
              IOException.class,
              () -> KeptFile.write(file, out -> new FullDisk(out, failAt).write(bytes)));
      assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
      assertArrayEquals(before, Files.readAllBytes(file), "failed at byte " + failAt);
      assertEquals(List.of("results.json"), names(dir), "failed at byte " + failAt);
    }
  }

  @Test
  void aFailureOfANewFileLeavesNothingUnderItsName(@TempDir Path dir) {
    Path file = dir.resolve("final-state.json");
    assertThrows(
        IllegalStateException.class,
        () ->
            KeptFile.write(
                file,
                out -> {
                  out.write(content(1000));
                  throw new IllegalStateException("the exporter broke");
                }));
    assertFalse(Files.exists(file));
    assertFalse(Files.exists(KeptFile.partialOf(file)));
  }

  @Test
  void aTemporaryLeftByAKilledWriterIsReplaced(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("recordings.h5");
    Files.write(KeptFile.partialOf(file), content(10));
    KeptFile.writeFile(file, partial -> Files.write(partial, content(3)));
    assertArrayEquals(content(3), Files.readAllBytes(file));
    assertEquals(List.of("recordings.h5"), names(dir));
    assertTrue(KeptFile.isPartial(dir.resolve("recordings.h5.partial")));
    assertFalse(KeptFile.isPartial(file));
  }
}
