package org.sorn.plots;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.sorn.api.command.Command;

/**
 * {@code ./sorn plot DIR [--what raster,rates,...] [--format png,svg] [--twin DIR2]}: the plots of
 * a recorded run written into {@code DIR/plots/}.
 */
@Component(service = Command.class)
public final class PlotCommand implements Command {
  /** The command's name. */
  public static final String NAME = "plot";

  static final String USAGE = "usage: ./sorn plot DIR [--what " + PlotKind.names() + " (all)]"
      + " [--format png,svg (both)] [--twin RUN_DIR (hamming against another run)]";

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
    try {
      for (int i = 0; i < arguments.size(); i++) {
        String a = arguments.get(i);
        boolean valued = a.equals("--what") || a.equals("--format") || a.equals("--twin");
        if (valued && i + 1 >= arguments.size()) {
          throw new IllegalArgumentException(a + " needs a value; " + USAGE);
        }
        if (a.equals("--what")) {
          kinds = PlotKind.parse(arguments.get(++i));
        } else if (a.equals("--format")) {
          formats = Format.parse(arguments.get(++i));
        } else if (a.equals("--twin")) {
          twin = Path.of(arguments.get(++i));
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
    } catch (IllegalArgumentException e) {
      err.println(NAME + ": " + e.getMessage());
      return 2;
    }
    Headless.ensure();
    Path run = dir;
    Path other = twin;
    List<PlotKind> what = kinds;
    List<Format> how = formats;
    return CommandBody.run(NAME, err, () -> {
      Optional<RunData> otherRun =
          other == null ? Optional.empty() : Optional.of(RunData.open(other));
      Plotter.draw(RunData.open(run), what, how, otherRun, out);
      return 0;
    });
  }
}
