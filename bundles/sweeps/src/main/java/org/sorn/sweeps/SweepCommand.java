package org.sorn.sweeps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.sorn.api.Command;

/**
 * {@code ./sorn sweep FILE --out DIR [--jobs N]}: expands the sweep into DIR/sweep.json, runs every
 * run not yet completed into DIR/runs/&lt;index&gt; and writes DIR/summary.csv (docs/sweeps.md).
 */
@Component(service = Command.class)
public final class SweepCommand implements Command {
  /** The command's name. */
  public static final String NAME = "sweep";

  // the shell's command line, which also publishes this command: dynamic, so neither waits for the other
  @Reference(
      target = "(sorn.cli=true)",
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private volatile ToIntFunction<String[]> commandLine;

  /** For Declarative Services. */
  public SweepCommand() {}

  /** For the unit tests, outside OSGi. */
  SweepCommand(ToIntFunction<String[]> commandLine) {
    this.commandLine = commandLine;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "run a sweep (a grid of run options times seeds, from a JSON file) in parallel; see docs/sweeps.md";
  }

  @Override
  public int run(List<String> arguments, PrintStream out, PrintStream err) {
    if (arguments.size() == 1 && (arguments.get(0).equals("--help") || arguments.get(0).equals("-h"))) {
      out.println(SweepOptions.USAGE);
      return 0;
    }
    SweepOptions options;
    SweepDescription description;
    List<SweepRun> runs;
    try {
      options = SweepOptions.parse(arguments, Runtime.getRuntime().availableProcessors());
      description = SweepDescription.parse(Files.readString(options.file(), StandardCharsets.UTF_8));
      runs = description.expand();
    } catch (NoSuchFileException e) {
      err.println(NAME + ": no sweep file " + e.getFile());
      return 2;
    } catch (IOException e) {
      err.println(NAME + ": cannot read the sweep file: " + e.getMessage());
      return 2;
    } catch (IllegalArgumentException e) {
      err.println(NAME + ": " + (options(arguments) + e.getMessage()));
      return 2;
    }
    ToIntFunction<String[]> cli = commandLine;
    if (cli == null) {
      err.println(NAME + ": the workbench's command line (org.sorn.shell) is not running");
      return 1;
    }
    try {
      if (!writeExpansion(options.out(), description, runs, err)) {
        return 2;
      }
      int jobs = Math.min(options.jobs(), LocalEngine.memoryBound(description.base(), runs));
      new LocalEngine(cli, err).run(options.out(), description.base(), runs, jobs);
      List<Integer> unfinished = SummaryTable.write(options.out(), description.variedNames(), runs);
      if (unfinished.isEmpty()) {
        out.println("sweep: all " + runs.size() + " runs completed; wrote " + options.out().resolve("summary.csv"));
        return 0;
      }
      out.println("sweep: " + unfinished.size() + " of " + runs.size() + " runs did not complete: "
          + unfinished.stream().map(String::valueOf).collect(Collectors.joining(", "))
          + "; run the same command again to retry them");
      return 1;
    } catch (IOException e) {
      err.println(NAME + ": cannot write in " + options.out() + ": " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println(NAME + ": interrupted; run the same command again to continue");
      return 1;
    }
  }

  // names the file when the description is at fault
  private static String options(List<String> arguments) {
    return arguments.isEmpty() || arguments.get(0).startsWith("--") ? "" : arguments.get(0) + ": ";
  }

  /**
   * Writes DIR/sweep.json, or checks that the one there is the same expansion (a sweep continues
   * only into its own folder); false, with one line on err, when DIR holds another sweep.
   */
  static boolean writeExpansion(Path folder, SweepDescription description, List<SweepRun> runs, PrintStream err)
      throws IOException {
    ObjectNode expansion = SweepDescription.json().createObjectNode();
    expansion.set("description", description.toJson());
    expansion.put("seed_function", "splitmix64(seed + (index + 1) * 0x9E3779B97F4A7C15) & 0x7FFFFFFFFFFFFFFF");
    ArrayNode list = expansion.putArray("runs");
    for (SweepRun run : runs) {
      ObjectNode r = list.addObject();
      r.put("index", run.index());
      r.put("seed", run.seed());
      ObjectNode parameters = r.putObject("parameters");
      run.varied().forEach(parameters::put);
      r.put("folder", "runs/" + run.index());
      ArrayNode options = r.putArray("options");
      run.options(description.base()).forEach(options::add);
    }
    Path file = folder.resolve("sweep.json");
    if (Files.isRegularFile(file)) {
      JsonNode existing = SweepDescription.json().readTree(file.toFile());
      if (!expansion.get("runs").equals(existing.get("runs"))) {
        err.println(NAME + ": " + folder + " holds another sweep (its sweep.json differs); choose another --out");
        return false;
      }
      return true;
    }
    Files.createDirectories(folder.resolve("runs"));
    Path temporary = folder.resolve("sweep.json.tmp");
    SweepDescription.json().writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), expansion);
    Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return true;
  }
}
