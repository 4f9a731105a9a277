package org.sorn.plots;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.sorn.api.Command;

/**
 * {@code ./sorn plot DIR [--what raster,rates,...]}: PNG plots of a recorded run written into
 * {@code DIR/plots/}.
 */
@Component(service = Command.class)
public final class PlotCommand implements Command {
  /** The command's name. */
  public static final String NAME = "plot";

  static final String USAGE = "usage: ./sorn plot DIR [--what " + PlotKind.names() + " (all)]";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "draw a recorded run's plots (raster, rates, weights, connections, isi, correlation)"
        + " as PNG into DIR/plots/";
  }

  @Override
  public int run(List<String> arguments, PrintStream out, PrintStream err) {
    if (arguments.contains("--help") || arguments.contains("-h")) {
      out.println(USAGE);
      return 0;
    }
    Path dir = null;
    List<PlotKind> kinds = Arrays.asList(PlotKind.values());
    try {
      for (int i = 0; i < arguments.size(); i++) {
        String a = arguments.get(i);
        if (a.equals("--what")) {
          if (i + 1 >= arguments.size()) {
            throw new IllegalArgumentException("--what needs a value, some of " + PlotKind.names());
          }
          kinds = PlotKind.parse(arguments.get(++i));
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
    try {
      Plotter.draw(RunData.open(dir), kinds, out);
      return 0;
    } catch (NotARun e) {
      err.println(NAME + ": " + e.getMessage());
      return 2;
    } catch (IOException | UncheckedIOException e) {
      err.println(NAME + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      return 1;
    } catch (RuntimeException e) {
      // one line for the user, whatever failed
      err.println(NAME + ": " + e);
      return 1;
    }
  }
}
