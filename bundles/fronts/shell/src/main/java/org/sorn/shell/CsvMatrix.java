package org.sorn.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a matrix from comma-separated text: one row per line, no header; blank lines and the spaces
 * around cells are ignored.
 */
final class CsvMatrix {

  /**
   * The matrix in {@code file}.
   *
   * @throws IllegalArgumentException naming the line and cell at fault
   */
  static NumericArray read(Path file) throws IOException {
    List<double[]> rows = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNumber = 0;
      int firstRowLine = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",", -1);
        if (!rows.isEmpty() && cells.length != rows.get(0).length) {
          throw new IllegalArgumentException(
              "ragged rows: line "
                  + lineNumber
                  + " has "
                  + cells.length
                  + " values, line "
                  + firstRowLine
                  + " has "
                  + rows.get(0).length);
        }
        if (rows.isEmpty()) {
          firstRowLine = lineNumber;
        }
        rows.add(row(cells, lineNumber));
      }
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalArgumentException("not UTF-8 text");
    }
    int columns = rows.isEmpty() ? 0 : rows.get(0).length;
    double[] values = new double[rows.size() * columns];
    for (int r = 0; r < rows.size(); r++) {
      System.arraycopy(rows.get(r), 0, values, r * columns, columns);
    }
    return new NumericArray(new int[] {rows.size(), columns}, values);
  }

  private static double[] row(String[] cells, int lineNumber) {
    double[] row = new double[cells.length];
    for (int c = 0; c < cells.length; c++) {
      Double v = Numbers.finiteDouble(cells[c]);
      if (v == null) {
        throw new IllegalArgumentException(
            "line "
                + lineNumber
                + ", value "
                + (c + 1)
                + ": expected a finite number, got '"
                + cells[c].strip()
                + "'");
      }
      row[c] = v;
    }
    return row;
  }

  private CsvMatrix() {}
}
