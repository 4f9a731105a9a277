package org.sorn.shell;

import java.nio.file.Path;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sorn.api.run.Simulation;
import org.sorn.shell.BackgroundRuns.Background;
import org.sorn.shell.RunCommand.RunFailed;
import org.sorn.shell.front.RunStarter;

/**
 * Runs started for another front (the web workbench) from the options of {@code ./sorn run}: the
 * same checks, results folder and records as {@code sorn:start}, finished in the background.
 */
@Component(service = RunStarter.class)
public class CommandLineRuns implements RunStarter {

  @Reference SornCli cli;

  @Reference BackgroundRuns background;

  @Override
  public Simulation start(List<String> options) {
    RunCommand command = RunCommand.of(cli.services(), false);
    try {
      return command
          .startInBackground(
              List.copyOf(options), launched -> background.finishInBackground(command, launched))
          .simulation();
    } catch (UsageError e) {
      throw new IllegalArgumentException(e.getMessage());
    } catch (RunFailed e) {
      throw new IllegalStateException(e.getMessage());
    }
  }

  @Override
  public Path folder(String runId) {
    Background b = background.get(runId);
    return b == null ? null : b.out();
  }
}
