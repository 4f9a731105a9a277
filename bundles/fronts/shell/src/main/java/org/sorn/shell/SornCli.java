package org.sorn.shell;

import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.sorn.api.Exporter;
import org.sorn.api.InputSource;
import org.sorn.api.Recorder;
import org.sorn.api.command.Command;
import org.sorn.api.run.Workbench;
import org.sorn.shell.front.HttpFront;

/**
 * The headless command line behind {@code ./sorn}: the launcher finds this service by {@code
 * (sorn.cli=true)}, passes the arguments and exits with the code returned. Typed with a JDK
 * interface so that the launcher needs no bundle of ours on its class path.
 */
@Component(
    service = {ToIntFunction.class, SornCli.class},
    property = "sorn.cli=true")
public class SornCli implements ToIntFunction<String[]> {

  @Reference Workbench workbench;

  @Reference RunTimes times;

  @Reference(
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  volatile List<Recorder> recorders;

  @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
  volatile List<Exporter> exporters;

  // --input NAME: the generators and the parameters they publish
  @Reference(
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  volatile List<Map.Entry<Map<String, Object>, InputSource>> inputs;

  // commands other bundles add: ./sorn experiment, ./sorn analyze, ...
  @Reference(
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  volatile List<Command> commands;

  // only ./sorn server needs it, and only there must Gogo's runtime be present
  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  volatile ConsoleServer console;

  // only ./sorn server --http needs it: the web workbench, when its bundle runs
  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  volatile HttpFront web;

  private String version = "unknown";

  private Bundle bundle;

  @Activate
  void activate(BundleContext context) {
    bundle = context.getBundle();
    version = bundle.getVersion().toString();
  }

  /**
   * The command line goes while its bundle stays: a service it needs left (the engine's bundle
   * stopped, or its Workbench component was disabled). A server then ends and says why; when the
   * shell itself stops (the workbench stops), it ends as usual.
   */
  @Deactivate
  void deactivate() {
    ConsoleServer server = console;
    if (server != null && bundle != null && bundle.getState() != Bundle.STOPPING) {
      server.end(
          "the workbench's engine went away (its bundle stopped or its Workbench component was"
              + " disabled); its runs stop at their next step boundary and their records are written");
    }
  }

  /**
   * Executes one command line, printing to System.out and System.err; returns the exit code. Long
   * runs show their progress on System.err.
   */
  @Override
  public int applyAsInt(String[] args) {
    return execute(args, true);
  }

  /**
   * As {@link #applyAsInt}, for a command typed in the console ({@code sorn:run}): no progress,
   * which a remote console would take for error output.
   */
  int executeInConsole(String[] args) {
    return execute(args, false);
  }

  private int execute(String[] args, boolean progress) {
    RunCommand run = RunCommand.of(services(), progress);
    return new CommandLine(run, new ResumeCommand(run), console, web, commands)
        .execute(args, System.out, System.err);
  }

  /** The services bound now, for a command to work with. */
  ShellServices services() {
    return new ShellServices(workbench, recorders, exporters, times, version,
        InputGenerators.of(inputs));
  }
}
