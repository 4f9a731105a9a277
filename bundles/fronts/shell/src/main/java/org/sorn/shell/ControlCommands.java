package org.sorn.shell;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sorn.api.command.OneLine;
import org.sorn.api.run.RunEvent;
import org.sorn.api.run.RunRules;
import org.sorn.api.run.RunStatus;
import org.sorn.api.run.Simulation;
import org.sorn.api.run.Workbench;
import org.sorn.shell.BackgroundRuns.Background;
import org.sorn.shell.RunCommand.Ending;
import org.sorn.shell.front.RunEvents;

/**
 * The Gogo commands that steer a run while it goes: pause, resume, stop, and changes of its rules
 * (a variant, a parameter, a freeze). The engine applies each at the next step boundary; a command
 * waits a moment to print the event that records it, with the step from which it holds.
 */
@Component(
    service = ControlCommands.class,
    property = {
      "osgi.command.scope=sorn",
      "osgi.command.function=pause",
      "osgi.command.function=pauseat",
      "osgi.command.function=resume",
      "osgi.command.function=stop",
      "osgi.command.function=use",
      "osgi.command.function=set",
      "osgi.command.function=freeze",
      "osgi.command.function=unfreeze"
    })
public class ControlCommands {

  @Reference Workbench workbench;

  @Reference BackgroundRuns background;

  /** {@code sorn:pause <id>}: the run pauses at the next step boundary. */
  public void pause(String id) {
    Runs.guard(
        () -> {
          Simulation run = Runs.going(workbench, id);
          if (run.status() != RunStatus.PAUSED) {
            run.pause();
          }
          if (!RunEvents.settle(() -> run.status() == RunStatus.PAUSED || run.status().isFinal(), Runs.SETTLE)) {
            System.out.println(id + " pauses at the next step boundary");
          } else if (run.status().isFinal()) {
            throw new UsageError(
                id + " ended (" + RunRecord.label(run.status()) + ") before it could pause");
          } else {
            System.out.println(id + " paused before step " + run.stepsDone());
          }
        });
  }

  /**
   * {@code sorn:pauseat <id> <step>}: the run pauses before it makes step {@code step}, so that a
   * change made then holds from exactly that step (for comparisons with reference runs).
   */
  public void pauseat(String id, long step) {
    Runs.guard(
        () -> {
          Simulation run = Runs.going(workbench, id);
          if (step < run.stepsDone()) {
            throw new UsageError(
                id + " has made " + run.stepsDone() + " steps already; pick a later step than " + step);
          }
          if (step >= run.description().steps()) {
            throw new UsageError(
                id + " ends after " + run.description().steps() + " steps; pick an earlier step than "
                    + step);
          }
          run.pauseAt(step);
          System.out.println(id + " pauses before step " + step);
        });
  }

  /** {@code sorn:resume <id>}: a paused run goes on. */
  public void resume(String id) {
    Runs.guard(
        () -> {
          Simulation run = Runs.going(workbench, id);
          if (run.status() != RunStatus.PAUSED) {
            throw new UsageError(id + " is not paused (" + RunRecord.label(run.status()) + ")");
          }
          long before = run.stepsDone();
          run.resume();
          if (RunEvents.settle(() -> run.status() != RunStatus.PAUSED, Runs.SETTLE)) {
            System.out.println(id + " resumed before step " + before);
          } else {
            System.out.println(id + " resumes at the next step boundary");
          }
        });
  }

  /** {@code sorn:stop <id>}: the run stops at the next step boundary and its results are written. */
  public void stop(String id) {
    Runs.guard(
        () -> {
          Simulation run = Runs.going(workbench, id);
          run.stop();
          Background b = background.get(id);
          if (b != null) {
            Ending ending = Runs.ending(b, Runs.FINISH);
            if (ending == null) {
              System.out.println(id + " stops at the next step boundary");
            } else if (ending.failed()) {
              throw new UsageError(ending.line());
            } else {
              System.out.println(ending.line());
            }
          } else if (RunEvents.settle(() -> run.status().isFinal(), Runs.SETTLE)) {
            System.out.println(
                id + " " + RunRecord.label(run.status()) + " after " + run.stepsDone() + " of "
                    + run.description().steps() + " steps");
          } else {
            System.out.println(id + " stops at the next step boundary");
          }
        });
  }

  /** {@code sorn:use <id> <slot> <variant>}: the slot takes another provider. */
  public void use(String id, String slot, String variant) {
    Runs.guard(
        () -> {
          Simulation run = Runs.going(workbench, id);
          int before = run.events().size();
          try {
            run.use(slot, variant);
          } catch (IllegalArgumentException e) {
            throw new UsageError(OneLine.describe(e));
          }
          report(run, before, slot + " uses " + variant);
        });
  }

  /** {@code sorn:set <id> <name> <value>}: a hyper-parameter of the run takes a new value. */
  public void set(String id, String name, String value) {
    Runs.guard(
        () -> {
          Simulation run = Runs.going(workbench, id);
          Double v = Numbers.finiteDouble(value);
          if (v == null) {
            throw new UsageError(
                name + " must be " + RunRules.expected(name, run.description().ne()) + ", got "
                    + value);
          }
          int before = run.events().size();
          try {
            run.setParameter(name, v);
          } catch (IllegalArgumentException e) {
            throw new UsageError(OneLine.describe(e));
          }
          report(run, before, name + " = " + RunOptions.format(v));
        });
  }

  /** {@code sorn:freeze <id> <slot>}: the slot's mechanism stops running. */
  public void freeze(String id, String slot) {
    Runs.guard(() -> freeze(id, slot, true));
  }

  /** {@code sorn:unfreeze <id> <slot>}: a frozen slot runs again. */
  public void unfreeze(String id, String slot) {
    Runs.guard(() -> freeze(id, slot, false));
  }

  private void freeze(String id, String slot, boolean frozen) {
    Simulation run = Runs.going(workbench, id);
    if (Runs.frozen(run).contains(slot) == frozen) {
      System.out.println(id + ": " + slot + (frozen ? " is already frozen" : " is not frozen"));
      return;
    }
    int before = run.events().size();
    try {
      run.freeze(slot, frozen); // the engine checks the slot as --freeze is checked
    } catch (IllegalArgumentException e) {
      throw new UsageError(OneLine.describe(e));
    }
    report(run, before, slot + (frozen ? " frozen" : " runs again"));
  }

  /** Prints the events the change recorded, or says it is still to come. */
  private static void report(Simulation run, int before, String change) {
    if (RunEvents.settle(() -> run.events().size() > before || run.status().isFinal(), Runs.SETTLE)) {
      List<RunEvent> events = run.events();
      if (events.size() > before) {
        RunReport.events(run.id(), events.subList(before, events.size()), System.out);
        return;
      }
    }
    System.out.println(run.id() + ": " + change + " from the next step boundary");
  }
}
