package org.sorn.shell;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sorn.api.MechanismRecord;
import org.sorn.api.Simulation;
import org.sorn.api.Workbench;

/**
 * The Gogo commands of scope {@code sorn}. {@code sorn:run} hands its arguments to the command line
 * service, so that it behaves exactly as {@code ./sorn run}. Errors print one line, never a trace.
 */
@Component(
    service = SornCommands.class,
    property = {
      "osgi.command.scope=sorn",
      "osgi.command.function=run",
      "osgi.command.function=status",
      "osgi.command.function=mechanisms"
    })
public class SornCommands {

  @Reference Workbench workbench;

  @Reference RunTimes times;

  @Reference(target = "(sorn.cli=true)")
  ToIntFunction<String[]> cli;

  /** {@code sorn:run [options]}: one run, as {@code ./sorn run}. */
  public void run(String... args) {
    String[] line = new String[args.length + 1];
    line[0] = "run";
    System.arraycopy(args, 0, line, 1, args.length);
    cli.applyAsInt(line);
  }

  /** {@code sorn:status}: every run of the workbench, oldest first. */
  public void status() {
    try {
      printStatus(workbench.simulations(), Instant.now());
    } catch (RuntimeException e) {
      System.err.println("sorn:status: " + OneLine.describe(e));
    }
  }

  /** {@code sorn:mechanisms}: the plasticity mechanisms installed, in step order. */
  public void mechanisms() {
    try {
      printMechanisms(workbench.mechanisms());
    } catch (RuntimeException e) {
      System.err.println("sorn:mechanisms: " + OneLine.describe(e));
    }
  }

  void printStatus(List<Simulation> runs, Instant now) {
    if (runs.isEmpty()) {
      System.out.println("no runs yet");
      return;
    }
    TextTable table = new TextTable("run", "status", "steps", "seconds", "failure");
    for (Simulation s : runs) {
      Duration elapsed = times.elapsed(s.id(), now);
      table.add(
          s.id(),
          RunRecord.label(s.status()),
          s.stepsDone() + "/" + s.description().steps(),
          elapsed == null ? "-" : String.format(Locale.ROOT, "%.2f", elapsed.toNanos() / 1e9),
          s.failure());
    }
    table.print(System.out);
  }

  void printMechanisms(List<MechanismRecord> mechanisms) {
    if (mechanisms.isEmpty()) {
      System.out.println("no mechanisms installed");
      return;
    }
    TextTable table = new TextTable("slot", "variant", "order", "bundle", "version");
    for (MechanismRecord m : mechanisms) {
      table.add(m.slot(), m.variant(), m.order(), m.bundle(), m.bundleVersion());
    }
    table.print(System.out);
  }
}
