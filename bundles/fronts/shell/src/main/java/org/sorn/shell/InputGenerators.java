package org.sorn.shell;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.sorn.api.InputSource;
import org.sorn.api.InputSourceProperties;

/**
 * The input generators installed (the {@link InputSource} services), and {@code --input
 * NAME[:KEY=VALUE,...]} read against them: NAME one of theirs, each KEY a short name the generator
 * publishes ({@link InputSourceProperties#PARAMETERS}) or a run parameter's own name, each VALUE a
 * number.
 */
final class InputGenerators {
  /** None installed. */
  static final InputGenerators NONE = new InputGenerators(List.of());

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

  /**
   * One generator.
   *
   * @param keys short name to run parameter, in the order the generator gives them
   */
  record Generator(InputSource source, Map<String, String> keys) {
    String name() {
      return source.name();
    }
  }

  /**
   * A generator chosen on the command line.
   *
   * @param text the option's value as given
   * @param parameters the run parameters it sets
   */
  record Choice(Generator generator, String text, Map<String, Double> parameters) {}

  private final Map<String, Generator> byName = new TreeMap<>();

  InputGenerators(Collection<Generator> generators) {
    for (Generator g : generators) {
      byName.putIfAbsent(g.name(), g);
    }
  }

  /** The installed generators from their services and service properties. */
  static InputGenerators of(List<Map.Entry<Map<String, Object>, InputSource>> services) {
    List<Generator> generators = new ArrayList<>();
    if (services != null) {
      for (Map.Entry<Map<String, Object>, InputSource> e : services) {
        generators.add(new Generator(e.getValue(), keys(e.getKey())));
      }
    }
    return new InputGenerators(generators);
  }

  private static Map<String, String> keys(Map<String, Object> properties) {
    Map<String, String> keys = new LinkedHashMap<>();
    Object value = properties == null ? null : properties.get(InputSourceProperties.PARAMETERS);
    List<String> entries = new ArrayList<>();
    if (value instanceof String s) {
      entries.add(s);
    } else if (value instanceof String[] array) {
      entries.addAll(List.of(array));
    } else if (value instanceof Collection<?> c) {
      c.forEach(x -> entries.add(String.valueOf(x)));
    }
    for (String entry : entries) {
      int eq = entry.indexOf('=');
      if (eq > 0) {
        keys.put(entry.substring(0, eq).strip(), entry.substring(eq + 1).strip());
      }
    }
    return keys;
  }

  /** The generators, by name. */
  Collection<Generator> all() {
    return byName.values();
  }

  /**
   * Whether {@code value} of --input names a generator rather than a file: a file has a path
   * separator or ends in .json, .csv or .npy.
   */
  static boolean namesAGenerator(String value) {
    String v = value.toLowerCase(java.util.Locale.ROOT);
    boolean file = v.contains("/") || v.contains("\\") || v.endsWith(".json") || v.endsWith(".csv")
        || v.endsWith(".npy");
    return !file && NAME.matcher(value.split(":", 2)[0]).matches();
  }

  /**
   * The generator and run parameters of {@code text}, NAME[:KEY=VALUE,...].
   *
   * @throws UsageError naming what is wrong: an unknown generator (listing the installed ones), a
   *     key it does not take (listing its keys), a value that is not a number
   */
  Choice choose(String text) {
    String[] parts = text.split(":", 2);
    Generator g = byName.get(parts[0]);
    if (g == null) {
      throw new UsageError("--input: no input generator '" + parts[0] + "' is installed;"
          + " expected " + (byName.isEmpty() ? "" : "one of " + String.join(", ", byName.keySet())
          + " (with :KEY=VALUE,... for its parameters) or ") + "a .json, .csv or .npy file");
    }
    Map<String, Double> parameters = new TreeMap<>();
    if (parts.length == 2 && !parts[1].isBlank()) {
      for (String pair : parts[1].split(",", -1)) {
        int eq = pair.indexOf('=');
        String key = eq < 0 ? pair.strip() : pair.substring(0, eq).strip();
        String raw = eq < 0 ? "" : pair.substring(eq + 1).strip();
        if (key.isEmpty() || eq < 0) {
          throw new UsageError("--input " + text + ": expected " + g.name()
              + ":KEY=VALUE[,KEY=VALUE...], got '" + pair + "'");
        }
        String parameter = parameterOf(g, key);
        Double v = Numbers.finiteDouble(raw);
        if (v == null) {
          throw new UsageError("--input " + text + ": " + key + " must be a finite number, got '"
              + raw + "'");
        }
        if (parameters.put(parameter, v) != null) {
          throw new UsageError("--input " + text + ": " + parameter + " is given twice");
        }
      }
    }
    return new Choice(g, text, parameters);
  }

  /** The run parameter of {@code key}: a short name of the generator's, or a parameter's own. */
  private static String parameterOf(Generator g, String key) {
    String parameter = g.keys().get(key);
    if (parameter != null) {
      return parameter;
    }
    if (g.keys().isEmpty() || g.keys().containsValue(key)) {
      return key;
    }
    throw new UsageError("--input " + g.name() + ": unknown parameter '" + key + "'; "
        + g.name() + " takes " + String.join(", ", describeKeys(g)));
  }

  /** "n (counting_n)", ... for messages and sorn:generators. */
  static List<String> describeKeys(Generator g) {
    List<String> keys = new ArrayList<>();
    g.keys().forEach((k, p) -> keys.add(k.equals(p) ? k : k + " (" + p + ")"));
    return keys;
  }
}
