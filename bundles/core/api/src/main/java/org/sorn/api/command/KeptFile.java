package org.sorn.api.command;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The one way to write a file a user keeps (results, run records, checkpoints, exports): written
 * under a temporary name beside it ({@code <name>.partial}), forced to disk, then moved over the
 * final name in one step. A reader only ever finds the whole new file or the whole old one (or
 * none); when writing fails, the temporary is removed and the final name is left as it was. A
 * process killed while writing leaves at most the {@code .partial} file, which the next write of
 * the same file replaces.
 *
 * <pre>{@code
 * KeptFile.write(dir.resolve("summary.json"), out -> JSON.writeValue(out, summary));
 * KeptFile.writeFile(dir.resolve("recordings.h5"), partial -> writeHdf5(partial));
 * }</pre>
 *
 * @since 1.1
 */
public final class KeptFile {
  /** What a file's name ends with while it is written. */
  public static final String PARTIAL = ".partial";

  /** Writes the content of a file into a stream (which the caller closes). */
  @FunctionalInterface
  public interface Content {
    void write(OutputStream out) throws IOException;
  }

  /** Writes the content of a file into the given path (for writers that need a file). */
  @FunctionalInterface
  public interface FileContent {
    void write(Path partial) throws IOException;
  }

  /**
   * Writes {@code target} through a buffered stream.
   *
   * @return {@code target}
   * @throws IOException what writing met (a full disk, a missing folder); {@code target} is then
   *     unchanged and no temporary remains
   */
  public static Path write(Path target, Content content) throws IOException {
    return writeFile(
        target,
        partial -> {
          try (OutputStream out =
              new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
            content.write(out);
          }
        });
  }

  /**
   * Writes {@code target} by letting {@code content} write a file under the temporary name, which
   * it may open as it likes (channels, random access, a library that takes a path).
   *
   * @return {@code target}
   * @throws IOException what writing met; {@code target} is then unchanged and no temporary remains
   */
  public static Path writeFile(Path target, FileContent content) throws IOException {
    Path partial = partialOf(target);
    Files.deleteIfExists(partial);
    try {
      content.write(partial);
      force(partial);
      try {
        Files.move(
            partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException | Error e) {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException | RuntimeException again) {
        e.addSuppressed(again);
      }
      throw e;
    }
    forceFolder(target.toAbsolutePath().getParent());
    return target;
  }

  /** The temporary name of {@code target} while it is written: {@code <name>.partial} beside it. */
  public static Path partialOf(Path target) {
    return target.resolveSibling(target.getFileName() + PARTIAL);
  }

  /** Whether {@code file} is a temporary of this class, left by a process killed while writing. */
  public static boolean isPartial(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().endsWith(PARTIAL);
  }

  private static void force(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
  }

  /** The move itself reaches the disk with the folder; where a folder cannot be synced, no matter. */
  private static void forceFolder(Path folder) {
    if (folder == null) {
      return;
    }
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | RuntimeException e) {
      // not every platform opens folders; the file itself is on disk already
    }
  }

  private KeptFile() {}
}
