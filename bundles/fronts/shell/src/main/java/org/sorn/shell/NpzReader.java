package org.sorn.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.sorn.api.command.OneLine;

/**
 * Reads arrays from NumPy's {@code .npz} format: a zip of {@code <name>.npy} entries, stored
 * ({@code np.savez}) or deflated ({@code np.savez_compressed}).
 */
final class NpzReader {

  /**
   * The arrays named {@code names}, in that order.
   *
   * @throws IllegalArgumentException when the file is not a readable zip, an array is missing or an
   *     entry is not a valid .npy
   * @throws IOException when the file cannot be read at all
   */
  static Map<String, NumericArray> read(Path file, List<String> names) throws IOException {
    Map<String, NumericArray> arrays = new LinkedHashMap<>();
    try (ZipFile zip = open(file)) {
      for (String name : names) {
        ZipEntry entry = zip.getEntry(name + ".npy");
        if (entry == null) {
          throw new IllegalArgumentException(
              "missing array '" + name + "' (the file has " + contents(zip) + ")");
        }
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
          bytes = in.readAllBytes();
        } catch (IOException e) {
          throw new IllegalArgumentException(
              "cannot read array '" + name + "': " + OneLine.describe(e));
        }
        try {
          arrays.put(name, NpyReader.read(bytes));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("array '" + name + "': " + e.getMessage());
        }
      }
    }
    return arrays;
  }

  /** The names of the arrays in {@code file}, in the archive's order. */
  static List<String> names(Path file) throws IOException {
    try (ZipFile zip = open(file)) {
      List<String> names = new ArrayList<>();
      zip.stream().forEach(e -> names.add(e.getName().replaceFirst("\\.npy$", "")));
      return names;
    }
  }

  private static ZipFile open(Path file) throws IOException {
    try {
      return new ZipFile(file.toFile());
    } catch (java.util.zip.ZipException e) {
      throw new IllegalArgumentException("not a valid .npz (zip) file: " + OneLine.describe(e));
    }
  }

  private static String contents(ZipFile zip) {
    List<String> names = new ArrayList<>();
    zip.stream().forEach(e -> names.add(e.getName().replaceFirst("\\.npy$", "")));
    return names.isEmpty() ? "no arrays" : String.join(", ", names);
  }

  private NpzReader() {}
}
