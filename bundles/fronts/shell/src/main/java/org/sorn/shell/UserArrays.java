package org.sorn.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sorn.api.command.OneLine;
import org.sorn.statistics.StatisticsFunctions.Argument;
import org.sorn.statistics.StatisticsFunctions.Kind;

/**
 * A user's array for a statistic: read from .npy, .npz ({@code FILE.npz:ARRAY}, or the array named
 * as the argument, or the only one) or .csv, and converted to the kind the argument takes: 0/1
 * spike trains to booleans, a row or a column to a series.
 */
final class UserArrays {
  private UserArrays() {}

  /**
   * @throws UsageError naming the file and what is wrong with it for {@code argument}
   */
  static Object read(String given, Argument argument) {
    NumericArray m = numbers(given, argument.name());
    String where = argument.name() + " " + given;
    return switch (argument.kind()) {
      case SPIKE_TRAIN -> spikes(matrix(m, where), where);
      case SPIKE_TRAIN_OR_TRAIN -> oneDimensional(m) ? spikes(m.values(), where)
          : spikes(matrix(m, where), where);
      case SERIES -> series(m, where);
      case MATRIX -> matrix(m, where).toMatrix();
      case SERIES_OR_SPIKE_TRAIN -> oneDimensional(m) ? m.values()
          : spikes(matrix(m, where), where);
      case INTEGER, NUMBER, FLAG -> throw new IllegalStateException(
          argument.name() + " is not an array");
    };
  }

  private static NumericArray numbers(String given, String argument) {
    String name = given;
    String entry = null;
    int colon = given.lastIndexOf(':');
    if (colon > 0 && given.substring(0, colon).toLowerCase(java.util.Locale.ROOT)
        .endsWith(".npz")) {
      name = given.substring(0, colon);
      entry = given.substring(colon + 1);
    }
    Path file = Path.of(name);
    if (!Files.isRegularFile(file)) {
      throw new UsageError(argument + ": no such file " + file);
    }
    try {
      return switch (DataFiles.extension(file)) {
        case "npy" -> NpyReader.read(Files.readAllBytes(file));
        case "csv" -> CsvMatrix.read(file);
        case "npz" -> {
          String chosen = entry != null ? entry : pick(file, argument);
          yield NpzReader.read(file, List.of(chosen)).get(chosen);
        }
        default -> throw new UsageError(argument + " " + file
            + ": unknown file type; expected a .npy, .npz or .csv file");
      };
    } catch (IllegalArgumentException e) {
      throw new UsageError(argument + " " + file + ": " + e.getMessage());
    } catch (IOException e) {
      throw new UsageError(argument + " " + file + ": cannot read: " + OneLine.describe(e));
    }
  }

  /** The array of an .npz named as the argument, or its only one. */
  private static String pick(Path file, String argument) throws IOException {
    List<String> names = NpzReader.names(file);
    if (names.contains(argument) || names.size() != 1) {
      if (!names.contains(argument)) {
        throw new UsageError(argument + " " + file + ": which array? it holds "
            + String.join(", ", names) + "; give " + file + ":ARRAY");
      }
      return argument;
    }
    return names.get(0);
  }

  private static boolean oneDimensional(NumericArray m) {
    return m.dimensions() == 1;
  }

  private static double[] series(NumericArray m, String where) {
    if (m.dimensions() == 1 || m.rows() == 1 || m.columns() == 1) {
      return m.values();
    }
    throw new UsageError(where + ": expected a series (one row or column), got shape "
        + m.shapeText());
  }

  private static NumericArray matrix(NumericArray m, String where) {
    if (m.dimensions() != 2) {
      throw new UsageError(where + ": expected a matrix (T x N), got shape " + m.shapeText());
    }
    return m;
  }

  private static boolean[][] spikes(NumericArray m, String where) {
    double[] v = m.values();
    boolean[][] train = new boolean[m.rows()][m.columns()];
    for (int k = 0; k < v.length; k++) {
      train[k / m.columns()][k % m.columns()] = spike(v[k], where, "[" + k / m.columns() + "]["
          + k % m.columns() + "]");
    }
    return train;
  }

  private static boolean[] spikes(double[] v, String where) {
    boolean[] train = new boolean[v.length];
    for (int k = 0; k < v.length; k++) {
      train[k] = spike(v[k], where, "[" + k + "]");
    }
    return train;
  }

  private static boolean spike(double v, String where, String at) {
    if (v != 0 && v != 1) {
      throw new UsageError(where + ": element " + at + " is " + v + "; a spike train holds 0 and 1");
    }
    return v == 1;
  }
}
