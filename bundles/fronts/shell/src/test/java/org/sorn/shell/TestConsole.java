package org.sorn.shell;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.felix.gogo.runtime.CommandProcessorImpl;
import org.apache.felix.gogo.runtime.threadio.ThreadIOImpl;
import org.apache.felix.service.command.CommandSession;
import org.sorn.shell.Fakes.FakeExporter;
import org.sorn.shell.Fakes.FakeRecorder;
import org.sorn.shell.Fakes.FakeWorkbench;

/**
 * The shell's components wired as DS wires them, around a fake workbench, with their commands in a
 * real Gogo command processor: commands are run as the console runs them.
 */
final class TestConsole implements AutoCloseable {
  final FakeWorkbench workbench = new FakeWorkbench();
  final RunTimes times = new RunTimes();
  final SornCli cli = new SornCli();
  final BackgroundRuns background = new BackgroundRuns();
  final SornCommands commands = new SornCommands();
  final ControlCommands control = new ControlCommands();
  final WaitCommand waitCommand = new WaitCommand();
  final BundleCommands bundleCommands = new BundleCommands();
  final WebCommand webCommand = new WebCommand();
  final ThreadIOImpl threadIo = new ThreadIOImpl();
  final CommandProcessorImpl processor;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  final CommandSession session;
  boolean workbenchStopped;

  TestConsole() {
    cli.workbench = workbench;
    cli.times = times;
    cli.recorders = List.of(new FakeRecorder("TE"));
    cli.exporters = List.of(new FakeExporter());
    commands.workbench = workbench;
    commands.times = times;
    commands.cli = cli;
    commands.background = background;
    commands.stopWorkbench = () -> workbenchStopped = true;
    control.workbench = workbench;
    control.background = background;
    waitCommand.workbench = workbench;
    waitCommand.background = background;
    threadIo.start();
    processor = new CommandProcessorImpl(threadIo);
    for (String f : List.of("run", "start", "status", "events", "mechanisms", "generators",
        "shutdown")) {
      processor.addCommand("sorn", commands, f);
    }
    for (String f : List.of("pause", "resume", "stop", "use", "set", "freeze", "unfreeze")) {
      processor.addCommand("sorn", control, f);
    }
    processor.addCommand("sorn", waitCommand, "wait");
    processor.addCommand("sorn", webCommand, "web");
    bundleCommands.commands = List.of();
    for (String f : List.of("analyze", "plot", "report", "sweep", "experiment", "bench", "command")) {
      processor.addCommand("sorn", bundleCommands, f);
    }
    session = processor.createSession(new ByteArrayInputStream(new byte[0]), out, err);
  }

  /** Runs {@code line} in the session after clearing the outputs. */
  TestConsole execute(String line) throws Exception {
    out.reset();
    err.reset();
    session.execute(line);
    return this;
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    session.close();
    background.deactivate();
    threadIo.stop();
  }
}
