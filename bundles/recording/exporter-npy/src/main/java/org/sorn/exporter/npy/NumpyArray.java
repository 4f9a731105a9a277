package org.sorn.exporter.npy;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.sorn.api.command.KeptFile;

/**
 * One array as a {@code .npy} file holds it: the header, then the elements in C order.
 *
 * @param name the array's name (the file or zip entry is {@code <name>.npy})
 * @param descr numpy's type string: {@code |u1}, {@code <i4}, {@code <i8}, {@code <f8}
 * @param shape the array's shape
 * @param data writes the elements, exactly {@link #dataBytes()} bytes
 */
record NumpyArray(String name, String descr, long[] shape, Data data) {

  /** Writes the elements of an array. */
  @FunctionalInterface
  interface Data {
    void write(ArraySink out) throws IOException;
  }

  /** The number of bytes of the elements. */
  long dataBytes() {
    long n = Long.parseLong(descr.substring(2));
    for (long d : shape) {
      n *= d;
    }
    return n;
  }

  /** Writes the array as {@code <name>.npy} in {@code directory}; returns the file. */
  Path writeNpy(Path directory) throws IOException {
    Path file = directory.resolve(name + ".npy");
    return KeptFile.writeFile(
        file,
        partial -> {
          try (SeekableByteChannel out =
              Files.newByteChannel(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            write(new ArraySink(out), NpyHeader.of(descr, shape));
          }
        });
  }

  /** The header, then the elements. */
  void write(ArraySink out, byte[] header) throws IOException {
    out.put(header);
    data.write(out);
    out.flush();
  }
}
