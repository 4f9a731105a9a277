package org.sorn.exporter.npy;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A {@code .npz} being written: a zip of one stored {@code <name>.npy} per array. */
final class NpzArchive implements Closeable {
  private final StoredZip zip;

  /** Creates (or replaces) {@code file}; {@code alwaysZip64} forces ZIP64 records, for tests. */
  NpzArchive(Path file, boolean alwaysZip64) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    zip = new StoredZip(file, alwaysZip64);
  }

  /** Adds {@code array}, streaming its data. */
  void add(NumpyArray array) throws IOException {
    byte[] header = NpyHeader.of(array.descr(), array.shape());
    long size = header.length + array.dataBytes();
    array.write(new ArraySink(zip.begin(array.name() + ".npy", size)), header);
    zip.end();
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }
}
