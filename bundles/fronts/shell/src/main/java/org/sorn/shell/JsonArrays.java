package org.sorn.shell;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.util.Arrays;

/**
 * Reads nested JSON lists of numbers (a vector or a list of rows) with a streaming parser, so that
 * a large matrix never becomes a tree of objects.
 */
final class JsonArrays {

  /** Accepts the NaN and Infinity that Python's json module writes. */
  static final JsonFactory FACTORY =
      JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  /**
   * The list at the parser's current token ({@code [...]} or {@code [[...], ...]}).
   *
   * @param what the name of the list in messages, for example {@code Wee}; empty for a nameless one
   * @param lenient whether true and false count as 1 and 0, and the strings "NaN", "Infinity" and
   *     "-Infinity" (as Jackson writes non-finite doubles) as those numbers
   * @throws IllegalArgumentException when the list is ragged, deeper, or holds a non-number
   */
  static NumericArray read(JsonParser p, String what, boolean lenient) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw new IllegalArgumentException(
          label(what) + "expected a list of numbers or of rows, got " + describe(p));
    }
    String element = what.isEmpty() ? "element " : what;
    Values values = new Values();
    JsonToken t = p.nextToken();
    if (t != JsonToken.START_ARRAY) {
      int n = 0;
      for (; t != JsonToken.END_ARRAY; t = p.nextToken()) {
        values.add(number(p, lenient, element + "[" + n++ + "]"));
      }
      return new NumericArray(new int[] {n}, values.toArray());
    }
    int rows = 0;
    int columns = -1;
    for (; t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t != JsonToken.START_ARRAY) {
        throw new IllegalArgumentException(
            element + "[" + rows + "]: expected a row (a list of numbers), got " + describe(p));
      }
      int c = 0;
      for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        values.add(number(p, lenient, element + "[" + rows + "][" + c++ + "]"));
      }
      if (columns >= 0 && c != columns) {
        throw new IllegalArgumentException(
            label(what)
                + "ragged rows: row "
                + rows
                + " has "
                + c
                + " values, row 0 has "
                + columns);
      }
      columns = c;
      rows++;
    }
    return new NumericArray(new int[] {rows, columns}, values.toArray());
  }

  private static double number(JsonParser p, boolean lenient, String where) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getDoubleValue();
    }
    if (lenient && (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE)) {
      return t == JsonToken.VALUE_TRUE ? 1.0 : 0.0;
    }
    if (lenient && t == JsonToken.VALUE_STRING) {
      switch (p.getText()) {
        case "NaN":
          return Double.NaN;
        case "Infinity":
          return Double.POSITIVE_INFINITY;
        case "-Infinity":
          return Double.NEGATIVE_INFINITY;
        default:
          break;
      }
    }
    throw new IllegalArgumentException(where + ": expected a number, got " + describe(p));
  }

  private static String label(String what) {
    return what.isEmpty() ? "" : what + ": ";
  }

  /** The current token as a user would recognise it. */
  static String describe(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_ARRAY -> "a list";
      case START_OBJECT -> "an object";
      case VALUE_STRING -> "\"" + p.getText() + "\"";
      default -> p.getText();
    };
  }

  /** A growing array of doubles, so that reading does not box every element. */
  private static final class Values {
    private double[] data = new double[256];
    private int size;

    void add(double v) {
      if (size == data.length) {
        data = Arrays.copyOf(data, size * 2);
      }
      data[size++] = v;
    }

    double[] toArray() {
      return Arrays.copyOf(data, size);
    }
  }

  private JsonArrays() {}
}
