package org.sorn.shell;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the {@code --input} matrix (nu rows, one column per step) from .json, .csv or .npy. */
final class InputFiles {

  /**
   * The matrix in {@code file}, checked to be 2-D, non-empty and finite.
   *
   * @throws UsageError naming the file and what is wrong
   */
  static NumericArray read(Path file) {
    RunOption option = RunOption.INPUT;
    DataFiles.requireReadable(option, file);
    NumericArray m;
    try {
      m =
          switch (DataFiles.extension(file)) {
            case "json" -> json(file);
            case "csv" -> CsvMatrix.read(file);
            case "npy" -> NpyReader.read(Files.readAllBytes(file));
            default ->
                throw DataFiles.error(
                    option, file, "unknown file type; expected a .json, .csv or .npy file");
          };
    } catch (IllegalArgumentException e) {
      throw DataFiles.error(option, file, e.getMessage());
    } catch (IOException e) {
      throw DataFiles.error(option, file, e);
    }
    if (m.dimensions() != 2) {
      throw DataFiles.error(
          option, file, "expected a matrix of nu rows and T columns, got shape " + m.shapeText());
    }
    if (m.rows() == 0 || m.columns() == 0) {
      throw DataFiles.error(
          option, file, "expected a matrix of nu rows and T columns, got shape " + m.shapeText());
    }
    double[] v = m.values();
    for (int k = 0; k < v.length; k++) {
      if (!Double.isFinite(v[k])) {
        throw DataFiles.error(
            option,
            file,
            "element ["
                + k / m.columns()
                + "]["
                + k % m.columns()
                + "] is "
                + v[k]
                + "; expected finite numbers");
      }
    }
    return m;
  }

  private static NumericArray json(Path file) throws IOException {
    try (JsonParser p = JsonArrays.FACTORY.createParser(file.toFile())) {
      p.nextToken();
      NumericArray m = JsonArrays.read(p, "", false);
      if (p.nextToken() != null) {
        throw new IllegalArgumentException(
            "unexpected content after the matrix: " + JsonArrays.describe(p));
      }
      return m;
    }
  }

  private InputFiles() {}
}
