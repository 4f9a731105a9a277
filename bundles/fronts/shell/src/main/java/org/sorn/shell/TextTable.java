package org.sorn.shell;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.sorn.api.command.OneLine;

/** Left-aligned columns for the shell's listings, so that they read well in a terminal. */
final class TextTable {
  private final List<String[]> rows = new ArrayList<>();

  /** A table whose first row is {@code header}; none when no header is given. */
  TextTable(String... header) {
    if (header.length > 0) {
      rows.add(header);
    }
  }

  void add(Object... cells) {
    String[] row = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      row[i] = cells[i] == null ? "" : OneLine.of(String.valueOf(cells[i]));
    }
    rows.add(row);
  }

  void print(PrintStream out) {
    int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        line.append(c == 0 ? "" : "  ").append(row[c]);
        line.append(" ".repeat(widths[c] - row[c].length()));
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
