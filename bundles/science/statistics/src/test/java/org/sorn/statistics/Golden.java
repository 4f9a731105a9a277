package org.sorn.statistics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The package's golden statistics cases (src/test/resources/golden, see its README). */
final class Golden {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The cases of {@code stats_<function>.json}. */
  static List<JsonNode> cases(String function) {
    String resource = "/golden/stats_" + function + ".json";
    try (InputStream in = Golden.class.getResourceAsStream(resource)) {
      List<JsonNode> cases = new ArrayList<>();
      JSON.readTree(in).get("cases").forEach(cases::add);
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  /** A T x N train of 0.0/1.0 as flags. */
  static boolean[][] train(JsonNode rows) {
    boolean[][] st = new boolean[rows.size()][];
    for (int t = 0; t < st.length; t++) {
      st[t] = flags(rows.get(t));
    }
    return st;
  }

  static boolean[] flags(JsonNode values) {
    boolean[] f = new boolean[values.size()];
    for (int i = 0; i < f.length; i++) {
      f[i] = values.get(i).asDouble() == 1.0;
    }
    return f;
  }

  static double[] doubles(JsonNode values) {
    double[] d = new double[values.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = number(values.get(i));
    }
    return d;
  }

  static int[] ints(JsonNode values) {
    int[] d = new int[values.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = values.get(i).asInt();
    }
    return d;
  }

  /** A number, with the non-finite ones written as strings. */
  static double number(JsonNode v) {
    if (v.isTextual()) {
      return switch (v.asText()) {
        case "NaN" -> Double.NaN;
        case "Infinity" -> Double.POSITIVE_INFINITY;
        case "-Infinity" -> Double.NEGATIVE_INFINITY;
        default -> throw new IllegalArgumentException("not a number: " + v);
      };
    }
    return v.asDouble();
  }

  static boolean isTrain2d(JsonNode v) {
    return v.get(0).isArray();
  }

  private Golden() {}
}
