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
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.sorn.api.command.Command;
import org.sorn.sweeps.SlurmCommands.SlurmFailure;

/**
 * {@code ./sorn sweep FILE --out DIR [--jobs N | --engine slurm ...]}: expands the sweep into
 * DIR/sweep.json, runs every run not yet completed into DIR/runs/&lt;index&gt;, on this machine or
 * as a SLURM job array, and writes DIR/summary.csv (docs/sweeps.md).
 */
@Component(service = Command.class)
public final class SweepCommand implements Command {
  /** The command's name. */
  public static final String NAME = "sweep";
  private static final String CLI_FILTER = "(sorn.cli=true)";

  // the shell's command line (the tests give one). Looked up when a sweep runs, not referenced:
  // the shell takes every Command service, this one too, and a reference back makes a cycle
  private final ToIntFunction<String[]> commandLine;
  private BundleContext context;

  // what a cluster task starts: this workbench's bin/sorn, from the framework properties the launcher sets
  private WorkbenchLauncher launcher;
  private final SlurmCommands slurm;
  private final SlurmEngine.Pacing pacing;

  /** For Declarative Services. */
  public SweepCommand() {
    this.commandLine = null;
    this.slurm = SlurmCommands.fromPath();
    this.pacing = SlurmEngine.Pacing.CLUSTER;
  }

  /** For the unit tests, outside OSGi, with SLURM's commands, the launcher and the pace chosen. */
  SweepCommand(ToIntFunction<String[]> commandLine, WorkbenchLauncher launcher, SlurmCommands slurm,
      SlurmEngine.Pacing pacing) {
    this.commandLine = commandLine;
    this.launcher = launcher;
    this.slurm = slurm;
    this.pacing = pacing;
  }

  /** For the unit tests of the local engine. */
  SweepCommand(ToIntFunction<String[]> commandLine) {
    this(commandLine, null, SlurmCommands.fromPath(), SlurmEngine.Pacing.CLUSTER);
  }

  @Activate
  void activate(BundleContext context) {
    this.context = context;
    launcher = WorkbenchLauncher.of(context.getProperty(WorkbenchLauncher.HOME),
        context.getProperty(WorkbenchLauncher.FEATURES)).orElse(null);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "run a sweep (a grid of run options times seeds, from a JSON file) in parallel here or on SLURM;"
        + " see docs/sweeps.md";
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
    } catch (IllegalArgumentException e) {
      err.println(NAME + ": " + e.getMessage());
      return 2;
    }
    try {
      description = SweepDescription.parse(Files.readString(options.file(), StandardCharsets.UTF_8));
      runs = description.expand();
    } catch (NoSuchFileException e) {
      err.println(NAME + ": no sweep file " + e.getFile());
      return 2;
    } catch (IOException e) {
      err.println(NAME + ": cannot read the sweep file: " + e.getMessage());
      return 2;
    } catch (IllegalArgumentException e) {
      // names the file, since the description is at fault
      err.println(NAME + ": " + options.file() + ": " + e.getMessage());
      return 2;
    }
    ServiceReference<?> shell = commandLine == null ? shellReference() : null;
    try {
      @SuppressWarnings("unchecked")
      ToIntFunction<String[]> cli =
          shell == null ? commandLine : (ToIntFunction<String[]>) context.getService(shell);
      return run(options, description, runs, cli, out, err);
    } finally {
      if (shell != null) {
        context.ungetService(shell);
      }
    }
  }

  /** The shell's command line service, or null when it is not running. */
  private ServiceReference<?> shellReference() {
    try {
      ServiceReference<?>[] found =
          context == null ? null : context.getServiceReferences(ToIntFunction.class.getName(), CLI_FILTER);
      return found == null || found.length == 0 ? null : found[0];
    } catch (InvalidSyntaxException e) {
      throw new IllegalStateException(CLI_FILTER, e);
    }
  }

  private int run(SweepOptions options, SweepDescription description, List<SweepRun> runs,
      ToIntFunction<String[]> cli, PrintStream out, PrintStream err) {
    if (!options.slurm() && cli == null) {
      err.println(NAME + ": the workbench's command line (org.sorn.shell) is not running");
      return 1;
    }
    WorkbenchLauncher workbench = launcher;
    if (options.slurm() && workbench == null) {
      err.println(NAME + ": --engine slurm starts the workbench's bin/sorn on the nodes, but this workbench"
          + " was not started by bin/sorn (no framework property " + WorkbenchLauncher.HOME + ")");
      return 1;
    }
    try {
      if (!writeExpansion(options.out(), description, runs, err)) {
        return 2;
      }
      if (options.slurm()) {
        return onSlurm(options, description, runs, workbench, out, err);
      }
      int jobs = Math.min(options.jobs(), LocalEngine.memoryBound(description.base(), runs));
      new LocalEngine(cli, err).run(options.out(), description.base(), runs, jobs);
      return summarise(options.out(), description, runs, "run the same command again to retry them", out);
    } catch (IOException e) {
      err.println(NAME + ": cannot write in " + options.out() + ": " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println(NAME + ": interrupted; run the same command again to continue");
      return 1;
    }
  }

  private int onSlurm(SweepOptions options, SweepDescription description, List<SweepRun> runs,
      WorkbenchLauncher workbench, PrintStream out, PrintStream err) throws IOException, InterruptedException {
    Path folder = options.out().toAbsolutePath().normalize();
    SlurmEngine engine = new SlurmEngine(slurm, workbench, Path.of("").toAbsolutePath(), pacing, err);
    Optional<String> running;
    try {
      running = engine.run(folder, description.base(), runs, options.resources(), options.resubmit(), options.noWait());
    } catch (SlurmFailure e) {
      err.println(NAME + ": " + e.getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      err.println(NAME + ": " + e.getMessage());
      return 2;
    }
    if (running.isPresent()) {
      SummaryTable.write(folder, description.variedNames(), runs);
      out.println("sweep: job " + running.get() + " has runs queued or running; the same command without"
          + " --no-wait follows it and writes " + folder.resolve("summary.csv"));
      return 0;
    }
    return summarise(folder, description, runs, "run the same command with --resubmit to submit them again", out);
  }

  /** Writes summary.csv and says whether every run completed: exit code 0, or 1 naming the others. */
  private static int summarise(Path folder, SweepDescription description, List<SweepRun> runs, String retry,
      PrintStream out) throws IOException {
    List<Integer> unfinished = SummaryTable.write(folder, description.variedNames(), runs);
    if (unfinished.isEmpty()) {
      out.println("sweep: all " + runs.size() + " runs completed; wrote " + folder.resolve("summary.csv"));
      return 0;
    }
    out.println("sweep: " + unfinished.size() + " of " + runs.size() + " runs did not complete: "
        + unfinished.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "; " + retry);
    return 1;
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
      // compared as text: a seed of 3 reads back as an int node, not the long node written
      if (!expansion.get("runs").toString().equals(String.valueOf(existing.get("runs")))) {
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
