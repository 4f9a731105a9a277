package org.sorn.sweeps;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sweep as its JSON file describes it (docs/sweeps.md): the base run options, the axes of the
 * grid, the seeds; {@link #expand()} gives the runs. Every problem is an {@link
 * IllegalArgumentException} with a one-line message naming the key at fault.
 *
 * @param base options every run gets, name (without {@code --}) to value, in file order
 * @param axes the axes of the grid, the first varying slowest
 * @param seedList the seeds given as a list, or null when {@code "seeds"} is a count
 * @param seedCount runs per grid point
 * @param sweepSeed the seed each run's seed derives from (with a count)
 */
record SweepDescription(
    Map<String, String> base, List<Axis> axes, List<Long> seedList, int seedCount, long sweepSeed) {

  // options the sweep itself sets for every run
  private static final Set<String> RESERVED = Set.of("out", "seed", "quiet");

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  /** Reads a sweep description from its JSON text. */
  static SweepDescription parse(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("expected a JSON object with \"base\", \"vary\", \"seeds\" and \"seed\"");
    }
    for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!Set.of("base", "vary", "seeds", "seed").contains(key)) {
        throw new IllegalArgumentException("unknown key \"" + key + "\"; expected base, vary, seeds, seed");
      }
    }
    Map<String, String> base = base(root.get("base"));
    List<Axis> axes = axes(root.get("vary"));
    Set<String> names = new HashSet<>(base.keySet());
    for (Axis axis : axes) {
      for (String name : axis.names()) {
        if (!names.add(name)) {
          throw new IllegalArgumentException("option \"" + name + "\" is set twice (in base or vary)");
        }
      }
    }
    JsonNode seeds = root.get("seeds");
    JsonNode seed = root.get("seed");
    if (seeds != null && seeds.isArray()) {
      List<Long> list = new ArrayList<>();
      seeds.forEach(s -> list.add(integer(s, "seeds[]")));
      if (list.isEmpty()) {
        throw new IllegalArgumentException("\"seeds\" must be a positive count or a non-empty list of integers");
      }
      return new SweepDescription(base, axes, List.copyOf(list), list.size(), seed == null ? 0 : integer(seed, "seed"));
    }
    long count = seeds == null ? 1 : integer(seeds, "seeds");
    if (count < 1 || count > 1_000_000) {
      throw new IllegalArgumentException("\"seeds\" must be a positive count or a non-empty list of integers, got " + seeds);
    }
    if (seed == null) {
      throw new IllegalArgumentException("\"seed\" (the sweep's seed, an integer) is required when \"seeds\" is a count");
    }
    return new SweepDescription(base, axes, null, (int) count, integer(seed, "seed"));
  }

  /** The runs: every point of the grid (first axis slowest) times every seed (fastest). */
  List<SweepRun> expand() {
    long total = (long) seedCount;
    for (Axis axis : axes) {
      total *= axis.size();
    }
    if (total > 1_000_000) {
      throw new IllegalArgumentException("the sweep has " + total + " runs; at most 1000000 are allowed");
    }
    List<SweepRun> runs = new ArrayList<>();
    int points = (int) (total / seedCount);
    for (int point = 0; point < points; point++) {
      Map<String, String> varied = new LinkedHashMap<>();
      int rest = point;
      int[] choice = new int[axes.size()];
      for (int a = axes.size() - 1; a >= 0; a--) {
        choice[a] = rest % axes.get(a).size();
        rest /= axes.get(a).size();
      }
      for (int a = 0; a < axes.size(); a++) {
        Axis axis = axes.get(a);
        for (int n = 0; n < axis.names().size(); n++) {
          varied.put(axis.names().get(n), axis.points().get(choice[a]).get(n));
        }
      }
      for (int replicate = 0; replicate < seedCount; replicate++) {
        int index = runs.size();
        long seed = seedList != null ? seedList.get(replicate) : RunSeeds.of(sweepSeed, index);
        runs.add(new SweepRun(index, varied, seed));
      }
    }
    return runs;
  }

  /** The names of the varied options, in the order of the axes. */
  List<String> variedNames() {
    return axes.stream().flatMap(a -> a.names().stream()).toList();
  }

  private static Map<String, String> base(JsonNode node) {
    Map<String, String> base = new LinkedHashMap<>();
    if (node == null) {
      return base;
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("\"base\" must be an object of run options, e.g. {\"ne\": 200}");
    }
    node.fields().forEachRemaining(e -> base.put(optionName(e.getKey(), "base"), value(e.getValue(), "base." + e.getKey())));
    return base;
  }

  private static List<Axis> axes(JsonNode node) {
    List<Axis> axes = new ArrayList<>();
    if (node == null) {
      return axes;
    }
    if (!node.isArray()) {
      throw new IllegalArgumentException("\"vary\" must be a list of axes, e.g. [{\"eta-stdp\": [0.002, 0.004]}]");
    }
    for (JsonNode item : node) {
      if (!item.isObject() || item.size() != 1) {
        throw new IllegalArgumentException("each element of \"vary\" must be an object with one key, got " + item);
      }
      Map.Entry<String, JsonNode> entry = item.fields().next();
      axes.add(entry.getKey().equals("zip") ? zip(entry.getValue()) : single(entry.getKey(), entry.getValue()));
    }
    return axes;
  }

  private static Axis single(String key, JsonNode values) {
    String name = optionName(key, "vary");
    return new Axis(List.of(name), values(values, "vary." + key).stream().map(List::of).toList());
  }

  private static Axis zip(JsonNode node) {
    if (!node.isObject() || node.isEmpty()) {
      throw new IllegalArgumentException("\"zip\" must be an object of options to lists of equal length");
    }
    List<String> names = new ArrayList<>();
    List<List<String>> columns = new ArrayList<>();
    node.fields().forEachRemaining(e -> {
      names.add(optionName(e.getKey(), "zip"));
      columns.add(values(e.getValue(), "zip." + e.getKey()));
    });
    int size = columns.get(0).size();
    for (int c = 1; c < columns.size(); c++) {
      if (columns.get(c).size() != size) {
        throw new IllegalArgumentException("zip: \"" + names.get(c) + "\" has " + columns.get(c).size()
            + " values but \"" + names.get(0) + "\" has " + size + "; zipped options need as many values each");
      }
    }
    List<List<String>> points = new ArrayList<>();
    for (int p = 0; p < size; p++) {
      List<String> point = new ArrayList<>();
      for (List<String> column : columns) {
        point.add(column.get(p));
      }
      points.add(point);
    }
    return new Axis(names, points);
  }

  /** A list of values, or a range {from, to, steps}: steps values evenly spaced, both ends included. */
  private static List<String> values(JsonNode node, String where) {
    List<String> values = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(v -> values.add(value(v, where)));
    } else if (node.isObject()) {
      for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
        String key = keys.next();
        if (!Set.of("from", "to", "steps").contains(key)) {
          throw new IllegalArgumentException(where + ": unknown key \"" + key + "\"; a range has from, to, steps");
        }
      }
      BigDecimal from = number(node.get("from"), where + ".from");
      BigDecimal to = number(node.get("to"), where + ".to");
      long steps = integer(node.get("steps") == null ? missing(where + ".steps") : node.get("steps"), where + ".steps");
      if (steps < 1 || steps > 1_000_000) {
        throw new IllegalArgumentException(where + ".steps must be a positive integer, got " + steps);
      }
      for (long i = 0; i < steps; i++) {
        BigDecimal v = steps == 1 ? from
            : from.add(to.subtract(from).multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(steps - 1), MathContext.DECIMAL64));
        values.add(plain(v));
      }
    } else {
      throw new IllegalArgumentException(where + " must be a list of values or a range {\"from\", \"to\", \"steps\"}, got " + node);
    }
    if (values.isEmpty()) {
      throw new IllegalArgumentException(where + " has no values");
    }
    return values;
  }

  private static JsonNode missing(String where) {
    throw new IllegalArgumentException(where + " is missing");
  }

  /** A run option's value as it is written on the command line. */
  private static String value(JsonNode node, String where) {
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue().toString();
    }
    if (node.isNumber()) {
      return node.decimalValue().toPlainString();
    }
    throw new IllegalArgumentException(where + " must be a number or a string, got " + node);
  }

  private static BigDecimal number(JsonNode node, String where) {
    if (node == null || !node.isNumber()) {
      throw new IllegalArgumentException(where + " must be a number, got " + node);
    }
    return node.decimalValue();
  }

  private static long integer(JsonNode node, String where) {
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      throw new IllegalArgumentException(where + " must be a 64-bit integer, got " + node);
    }
    return node.longValue();
  }

  private static String plain(BigDecimal v) {
    BigDecimal stripped = v.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
  }

  private static String optionName(String name, String where) {
    if (name.isEmpty() || name.startsWith("-")) {
      throw new IllegalArgumentException(where + ": option \"" + name + "\" must be named without dashes, e.g. \"eta-stdp\"");
    }
    if (RESERVED.contains(name)) {
      throw new IllegalArgumentException(where + ": \"" + name + "\" is set by the sweep for each run"
          + (name.equals("seed") ? "; give the sweep's \"seed\" and \"seeds\" instead" : ""));
    }
    return name;
  }

  /** The description as JSON, for sweep.json. */
  ObjectNode toJson() {
    ObjectNode node = JSON.createObjectNode();
    ObjectNode b = node.putObject("base");
    base.forEach(b::put);
    var vary = node.putArray("vary");
    for (Axis axis : axes) {
      ObjectNode a = vary.addObject();
      var names = a.putArray("names");
      axis.names().forEach(names::add);
      var points = a.putArray("points");
      axis.points().forEach(p -> {
        var point = points.addArray();
        p.forEach(point::add);
      });
    }
    if (seedList != null) {
      var seeds = node.putArray("seeds");
      seedList.forEach(seeds::add);
    } else {
      node.put("seeds", seedCount);
      node.put("seed", sweepSeed);
    }
    return node;
  }

  static ObjectMapper json() {
    return JSON;
  }
}
