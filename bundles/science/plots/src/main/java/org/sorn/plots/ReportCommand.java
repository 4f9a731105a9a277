package org.sorn.plots;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.sorn.api.command.Command;
import org.sorn.api.command.KeptFile;

/**
 * {@code ./sorn report DIR}: {@code DIR/report.html}, one self-contained page with the run's
 * description, its key numbers and every plot embedded.
 */
@Component(service = Command.class)
public final class ReportCommand implements Command {
  /** The command's name. */
  public static final String NAME = "report";
  /** The file written into the run directory. */
  public static final String FILE = "report.html";

  static final String USAGE = "usage: ./sorn report DIR";

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "write DIR/report.html: the key results, the mechanisms in force, every plot and the"
        + " run record, in one page";
  }

  @Override
  public int run(List<String> arguments, PrintStream out, PrintStream err) {
    if (arguments.contains("--help") || arguments.contains("-h")) {
      out.println(USAGE);
      return 0;
    }
    if (arguments.size() != 1 || arguments.get(0).startsWith("--")) {
      err.println(NAME + ": one run directory expected, got " + arguments + "; " + USAGE);
      return 2;
    }
    Path dir = Path.of(arguments.get(0));
    Headless.ensure();
    return CommandBody.run(NAME, err, () -> {
      RunData run = RunData.open(dir);
      // the numbers first: the avalanche plots state the verdict of the same analysis
      KeyNumbers numbers = KeyNumbers.of(dir, JSON, line -> err.println(NAME + ": " + line));
      List<PlotKind> all = Arrays.asList(PlotKind.values());
      // the plots show the steps the analysis analysed
      List<PlotKind> drawn = Plotter.draw(run, all, Arrays.asList(Format.values()),
          Optional.empty(), numbers.window(), Optional.ofNullable(numbers.tree()),
          new PrintStream(OutputStream.nullOutputStream()));
      List<PlotKind> notDrawn = Report.missing(all, drawn);
      for (PlotKind kind : notDrawn) {
        out.println("skipped " + kind.label() + ": not recorded; run with --record "
            + kind.record());
      }
      String html = Report.html(dir, Report.description(dir, JSON), numbers, drawn, notDrawn);
      Path file = dir.resolve(FILE);
      KeptFile.write(file, stream -> stream.write(html.getBytes(StandardCharsets.UTF_8)));
      out.println("wrote " + file);
      return 0;
    });
  }
}
