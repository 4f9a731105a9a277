package org.sorn.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.sorn.analysis.api.MissingRecording;
import org.sorn.analysis.api.RunStatistics;
import org.sorn.api.command.Command;
import org.sorn.api.command.KeptFile;
import org.sorn.api.command.OneLine;

/**
 * {@code ./sorn analyze DIR}: the key statistics of a recorded run, printed and written to
 * {@code DIR/analysis.json} (docs/analysis.md).
 */
@Component(service = Command.class)
public final class AnalyzeCommand implements Command {
  /** The command's name. */
  public static final String NAME = "analyze";
  /** The file written into the run directory. */
  public static final String FILE = RunStatistics.FILE;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "print a recorded run's statistics (rates, smoothness, correlations, EE connection"
        + " fraction, avalanches with heavy-tail tests) and write them to DIR/analysis.json";
  }

  @Override
  public int run(List<String> arguments, PrintStream out, PrintStream err) {
    if (arguments.contains("--help") || arguments.contains("-h")) {
      out.println(AnalyzeOptions.USAGE);
      return 0;
    }
    AnalyzeOptions options;
    try {
      options = AnalyzeOptions.parse(arguments);
    } catch (IllegalArgumentException e) {
      err.println(NAME + ": " + e.getMessage());
      return 2;
    }
    try {
      Map<String, Object> result = RunStatistics.of(options.run(), options.settings(),
          line -> err.println(NAME + ": " + line));
      Path file = options.run().resolve(FILE);
      KeptFile.write(file, stream -> JSON.writeValue(stream, result));
      AnalysisPrinter.print(result, out);
      out.println("wrote " + file);
      return 0;
    } catch (MissingRecording e) {
      err.println(NAME + ": " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println(NAME + ": " + OneLine.describeWithFile(e));
      return 1;
    } catch (RuntimeException e) {
      // one line for the user, whatever failed: a statistic, a value
      err.println(NAME + ": " + OneLine.describe(e));
      return 1;
    }
  }

  /** A number as the printout shows it; the analysis gives an undefined number as null. */
  static String format(Object value) {
    if (value == null) {
      return "undefined";
    }
    if (value instanceof Double d) {
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        return Long.toString(d.longValue());
      }
      return Double.isFinite(d) ? String.format(Locale.ROOT, "%.6g", d) : "undefined";
    }
    return String.valueOf(value);
  }
}
