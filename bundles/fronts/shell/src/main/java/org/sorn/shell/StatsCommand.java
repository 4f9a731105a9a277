package org.sorn.shell;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Array;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.sorn.api.command.Command;
import org.sorn.api.command.OneLine;
import org.sorn.statistics.StatisticsFunctions;
import org.sorn.statistics.StatisticsFunctions.Argument;
import org.sorn.statistics.StatisticsFunctions.Statistic;

/**
 * {@code ./sorn stats FUNCTION FILE... [--NAME VALUE...] [--out RESULT.json]}: a statistic of the
 * Python package (or of the workbench) on the user's own arrays, by the package's names: the files
 * (.npy, .npz, .csv) fill the function's array arguments in order, {@code --NAME VALUE} its
 * numbers. The result is printed, and written to RESULT.json whole.
 */
@Component(service = Command.class)
public final class StatsCommand implements Command {
  /** The command's name. */
  public static final String NAME = "stats";
  /** Arrays longer than this are printed by their ends only (RESULT.json holds them whole). */
  static final int PRINTED = 12;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "a statistic of the package (firing_rate_network, fanofactor, ...) or of the workbench"
        + " (avalanches, heavy_tail, ...) on your own .npy/.npz/.csv arrays";
  }

  @Override
  public int run(List<String> arguments, PrintStream out, PrintStream err) {
    if (arguments.isEmpty() || arguments.get(0).equals("--help")
        || arguments.get(0).equals("-h")) {
      usage(out);
      return arguments.isEmpty() ? 2 : 0;
    }
    Statistic statistic = StatisticsFunctions.named(arguments.get(0)).orElse(null);
    if (statistic == null) {
      err.println(NAME + ": unknown function '" + arguments.get(0) + "'; expected one of "
          + String.join(", ", StatisticsFunctions.all().stream().map(Statistic::name).toList()));
      return 2;
    }
    Object result;
    Path resultFile;
    try {
      Call call = Call.parse(statistic, arguments.subList(1, arguments.size()));
      resultFile = call.out();
      result = statistic.apply(call.values());
    } catch (UsageError e) {
      err.println(NAME + " " + statistic.name() + ": " + e.getMessage());
      return 2;
    } catch (IllegalArgumentException e) {
      err.println(NAME + " " + statistic.name() + ": " + OneLine.describe(e));
      return 2;
    } catch (RuntimeException e) {
      err.println(NAME + " " + statistic.name() + ": " + OneLine.describe(e));
      return 1;
    }
    print("", result, out);
    if (resultFile != null) {
      try {
        Path partial = resultFile.resolveSibling(resultFile.getFileName() + ".partial");
        JSON.writeValue(partial.toFile(), Values.finite(result));
        try {
          Files.move(partial, resultFile, StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(partial, resultFile, StandardCopyOption.REPLACE_EXISTING);
        }
        out.println("wrote " + resultFile);
      } catch (IOException e) {
        err.println(NAME + ": cannot write " + resultFile + ": " + OneLine.describe(e));
        return 1;
      }
    }
    return 0;
  }

  private static void usage(PrintStream out) {
    out.println("usage: ./sorn stats FUNCTION FILE... [--NAME VALUE...] [--out RESULT.json]");
    out.println("  FILE: .npy, .npz (FILE.npz:ARRAY picks one array) or .csv; a spike train is"
        + " T x N of 0 and 1, time first, as in the package");
    for (Statistic s : StatisticsFunctions.all()) {
      List<String> args = new ArrayList<>();
      for (Argument a : s.arguments()) {
        args.add(a.isArray() ? a.name().toUpperCase(Locale.ROOT) + "_FILE"
            : "[--" + a.name() + " " + (a.fallback() == null ? "N" : Values.text(a.fallback()))
                + "]");
      }
      out.println("  " + s.name() + " " + String.join(" ", args));
      out.println("      " + s.summary());
    }
  }

  /**
   * The arguments of one call.
   *
   * @param values by argument name, converted to the kinds the statistic takes
   * @param out where the whole result goes, or null
   */
  private record Call(Map<String, Object> values, Path out) {
    static Call parse(Statistic statistic, List<String> args) {
      List<String> files = new ArrayList<>();
      Map<String, String> options = new LinkedHashMap<>();
      for (int i = 0; i < args.size(); i++) {
        String a = args.get(i);
        if (a.startsWith("--")) {
          String name = a.substring(2);
          String value;
          int eq = name.indexOf('=');
          if (eq >= 0) {
            value = name.substring(eq + 1);
            name = name.substring(0, eq);
          } else if (i + 1 < args.size()) {
            value = args.get(++i);
          } else {
            throw new UsageError(a + " needs a value");
          }
          options.put(name, value);
        } else {
          files.add(a);
        }
      }
      Path out = options.containsKey("out") ? Path.of(options.remove("out")) : null;
      Map<String, Object> values = new LinkedHashMap<>();
      List<Argument> arrays = statistic.arguments().stream().filter(Argument::isArray).toList();
      if (files.size() != arrays.size()) {
        throw new UsageError("expected " + arrays.size() + " file" + (arrays.size() == 1 ? "" : "s")
            + " (" + String.join(", ", arrays.stream().map(Argument::name).toList()) + "), got "
            + files.size());
      }
      for (int i = 0; i < arrays.size(); i++) {
        values.put(arrays.get(i).name(), UserArrays.read(files.get(i), arrays.get(i)));
      }
      for (Map.Entry<String, String> o : options.entrySet()) {
        Argument a = statistic.arguments().stream()
            .filter(x -> x.name().equals(o.getKey()) && !x.isArray()).findFirst()
            .orElseThrow(() -> new UsageError("unknown option --" + o.getKey() + "; "
                + statistic.name() + " takes " + String.join(", ", statistic.arguments().stream()
                    .filter(x -> !x.isArray()).map(x -> "--" + x.name()).toList())
                + " (and --out)"));
        values.put(a.name(), Values.scalar(a, o.getValue()));
      }
      return new Call(values, out);
    }
  }

  /** The result: numbers as they are, arrays by their ends when long, maps key by key. */
  private static void print(String prefix, Object value, PrintStream out) {
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        if (v instanceof Map<?, ?>) {
          out.println(prefix + k + ":");
          print(prefix + "  ", v, out);
        } else {
          out.println(prefix + k + ": " + Values.text(v));
        }
      });
    } else {
      out.println(prefix + Values.text(value));
    }
  }

  /** Numbers and arrays as text and as JSON. */
  static final class Values {
    private Values() {}

    static String text(Object v) {
      if (v == null) {
        return "null";
      }
      if (v instanceof Double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue())
            : String.format(Locale.ROOT, "%.6g", d);
      }
      if (v.getClass().isArray()) {
        int n = Array.getLength(v);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          if (n > PRINTED && i == PRINTED / 2) {
            items.add("...");
            i = n - PRINTED / 2;
          }
          items.add(text(Array.get(v, i)));
        }
        return "[" + String.join(", ", items) + "]" + (n > PRINTED ? " (" + n + " values)" : "");
      }
      return String.valueOf(v);
    }

    /** JSON has no NaN: an undefined number is null there. */
    static Object finite(Object v) {
      if (v instanceof Double d) {
        return Double.isFinite(d) ? d : null;
      }
      if (v instanceof double[] a) {
        List<Object> list = new ArrayList<>();
        for (double x : a) {
          list.add(finite(x));
        }
        return list;
      }
      if (v instanceof double[][] m) {
        List<Object> rows = new ArrayList<>();
        for (double[] r : m) {
          rows.add(finite(r));
        }
        return rows;
      }
      if (v instanceof Map<?, ?> map) {
        Map<Object, Object> copy = new LinkedHashMap<>();
        map.forEach((k, x) -> copy.put(k, finite(x)));
        return copy;
      }
      return v;
    }

    static Object scalar(Argument a, String raw) {
      switch (a.kind()) {
        case INTEGER -> {
          Long v = Numbers.longValue(raw);
          if (v == null || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new UsageError("--" + a.name() + " must be an integer, got " + raw);
          }
          return v.intValue();
        }
        case NUMBER -> {
          if (raw.equalsIgnoreCase("nan")) {
            return Double.NaN;
          }
          Double v = Numbers.finiteDouble(raw);
          if (v == null) {
            throw new UsageError("--" + a.name() + " must be a number, got " + raw);
          }
          return v;
        }
        default -> {
          if (!raw.equals("true") && !raw.equals("false")) {
            throw new UsageError("--" + a.name() + " must be true or false, got " + raw);
          }
          return Boolean.parseBoolean(raw);
        }
      }
    }
  }
}
