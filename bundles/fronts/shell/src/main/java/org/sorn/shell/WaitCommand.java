package org.sorn.shell;

import java.time.Duration;
import java.util.List;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sorn.api.command.OneLine;
import org.sorn.api.run.RunStatus;
import org.sorn.api.run.Simulation;
import org.sorn.api.run.Workbench;
import org.sorn.shell.BackgroundRuns.Background;
import org.sorn.shell.RunCommand.Ending;

/**
 * {@code sorn:wait <id>}: blocks until the run has ended (and, for a run of {@code sorn:start},
 * until its results are written), then prints its summary. A Gogo {@link Function} rather than a
 * method, since Gogo would match {@code wait 5} to {@link Object#wait(long)}.
 */
@Component(
    service = Function.class,
    property = {"osgi.command.scope=sorn", "osgi.command.function=wait"})
public class WaitCommand implements Function {

  @Reference Workbench workbench;

  @Reference BackgroundRuns background;

  @Override
  public Object execute(CommandSession session, List<Object> arguments) {
    Runs.guard(
        () -> {
          if (arguments.size() != 1) {
            throw new UsageError(
                "sorn:wait takes one run id, got " + arguments.size() + " arguments");
          }
          waitFor(String.valueOf(arguments.get(0)));
        });
    return null;
  }

  private void waitFor(String id) {
    Simulation run = Runs.find(workbench, id);
    Background b = background.get(id);
    if (b != null) {
      Ending ending = Runs.ending(b, Duration.ofDays(365));
      if (ending == null) {
        throw new UsageError("stopped waiting for " + id + "; it goes on");
      }
      if (ending.failed()) {
        throw new UsageError(ending.line());
      }
      System.out.println(ending.line());
      return;
    }
    try {
      run.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UsageError("stopped waiting for " + id + "; it goes on");
    } catch (RuntimeException e) {
      // a failed run may refuse its state; its failure() says why
      if (run.status() != RunStatus.FAILED) {
        throw e;
      }
    }
    if (run.status() == RunStatus.FAILED) {
      throw new UsageError(
          "run " + id + " failed after " + run.stepsDone() + " steps: " + OneLine.of(run.failure()));
    }
    System.out.println(
        "run " + id + " " + RunRecord.label(run.status()) + " after " + run.stepsDone() + " of "
            + run.description().steps() + " steps");
  }
}
