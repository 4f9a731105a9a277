package org.sorn.plots;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.sorn.analysis.api.RunStatistics;
import org.sorn.api.command.Command;

/**
 * {@code ./sorn plot DIR [--what raster,rates,...] [--format png,svg] [--twin DIR2]}: the plots of
 * a recorded run written into {@code DIR/plots/}.
 */
@Component(service = Command.class)
public final class PlotCommand implements Command {
  /** The command's name. */
  public static final String NAME = "plot";
  private static final ObjectMapper JSON = new ObjectMapper();

  static final String USAGE = "usage: ./sorn plot DIR [--what " + PlotKind.names() + " (all)]"
      + " [--format png,svg (both)] [--twin RUN_DIR (hamming against another run)]"
      + " [--from STEP] [--to STEP] (the recorded steps in [from, to))";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "draw a recorded run's plots (spikes, rates, ISI, correlation, Hamming distance, weights"
        + " and their fits, degrees, connection dynamics, network) as PNG and SVG into DIR/plots/";
  }

  @Override
  public int run(List<String> arguments, PrintStream out, PrintStream err) {
    if (arguments.contains("--help") || arguments.contains("-h")) {
      out.println(USAGE);
      return 0;
    }
    Path dir = null;
    List<PlotKind> kinds = Arrays.asList(PlotKind.values());
    List<Format> formats = Arrays.asList(Format.values());
    Path twin = null;
    String from = null;
    String to = null;
    StepRange range;
    try {
      for (int i = 0; i < arguments.size(); i++) {
        String a = arguments.get(i);
        boolean valued = a.equals("--what") || a.equals("--format") || a.equals("--twin")
            || a.equals("--from") || a.equals("--to");
        if (valued && i + 1 >= arguments.size()) {
          throw new IllegalArgumentException(a + " needs a value; " + USAGE);
        }
        if (a.equals("--what")) {
          kinds = PlotKind.parse(arguments.get(++i));
        } else if (a.equals("--format")) {
          formats = Format.parse(arguments.get(++i));
        } else if (a.equals("--twin")) {
          twin = Path.of(arguments.get(++i));
        } else if (a.equals("--from")) {
          from = arguments.get(++i);
        } else if (a.equals("--to")) {
          to = arguments.get(++i);
        } else if (a.startsWith("--")) {
          throw new IllegalArgumentException("unknown option " + a + "; " + USAGE);
        } else if (dir != null) {
          throw new IllegalArgumentException("one run directory expected, got " + dir + " and " + a);
        } else {
          dir = Path.of(a);
        }
      }
      if (dir == null) {
        throw new IllegalArgumentException("which run directory? " + USAGE);
      }
      range = StepRange.of(from, to);
    } catch (IllegalArgumentException e) {
      err.println(NAME + ": " + e.getMessage());
      return 2;
    }
    Headless.ensure();
    Path run = dir;
    Path other = twin;
    List<PlotKind> what = kinds;
    List<Format> how = formats;
    StepRange steps = range;
    return CommandBody.run(NAME, err, () -> {
      RunData data = RunData.open(run);
      Optional<RunData> otherRun =
          other == null ? Optional.empty() : Optional.of(RunData.open(other));
      Plotter.draw(data, what, how, otherRun, steps, analysis(run), out);
      return 0;
    });
  }

  /** analysis.json, whose bootstrap verdicts the avalanche plots quote when they match. */
  private static Optional<JsonNode> analysis(Path run) {
    Path file = run.resolve(RunStatistics.FILE);
    try {
      return Files.isRegularFile(file) ? Optional.of(JSON.readTree(file.toFile()))
          : Optional.empty();
    } catch (IOException unreadable) {
      // the plots recompute the fits; only the bootstrap's p is then missing
      return Optional.empty();
    }
  }
}
