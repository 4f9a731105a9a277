package org.sorn.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.sorn.api.InputSequence;
import org.sorn.api.InputSource;
import org.sorn.api.RunContext;
import org.sorn.api.StepListener;
import org.sorn.api.command.OneLine;
import org.sorn.api.run.RunDescription;

/**
 * The input of a run drawn by an installed generator ({@code --input NAME[:KEY=VALUE,...]}). The
 * generator is opened when the run's context exists, with every stream taken from the run's start
 * ({@link RunContext#randomFromStart}); the engine asks for steps in order, and when it does not
 * (a resumed run starts at its checkpoint's step) the generator is opened again and its draws are
 * replayed up to that step, so that a resumed run gets the input the uninterrupted one got, also
 * from generators that draw ahead (symbols, tasks) or draw once at the start.
 */
final class GeneratedInput implements InputSequence {
  private final InputSource source;
  private volatile RunContext run;
  private InputSequence opened;
  private long next;
  private double[] scratch = new double[0];

  GeneratedInput(InputSource source) {
    this.source = source;
  }

  /**
   * The listener factory of a run of this input: it binds the input to the run's context, then
   * opens the run's other listeners.
   */
  Function<RunContext, List<StepListener>> openingWith(
      Function<RunContext, List<StepListener>> listeners) {
    return context -> {
      run = context;
      return listeners.apply(context);
    };
  }

  @Override
  public void fill(long step, double[] u) {
    if (opened == null || step < next) {
      open();
    }
    if (scratch.length != u.length) {
      scratch = new double[u.length];
    }
    while (next < step) {
      opened.fill(next++, scratch);
    }
    opened.fill(step, u);
    next = step + 1;
  }

  private void open() {
    RunContext context = run;
    if (context == null) {
      throw new IllegalStateException(
          "input generator " + source.name() + " was asked for input before the run began");
    }
    try {
      opened = source.open(new FromStart(context));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "input generator " + source.name() + ": " + OneLine.describe(e), e);
    }
    next = 0;
  }

  /**
   * Opens {@code source} for {@code description} without running anything, so that its objections
   * (a parameter out of range, nu too small for its pools) are the user's errors before the run.
   *
   * @throws UsageError with the generator's one-line reason
   */
  static void check(InputSource source, RunDescription description) {
    try {
      source.open(new Probe(description));
    } catch (IllegalArgumentException | IOException e) {
      throw new UsageError("--input " + source.name() + ": " + OneLine.describe(e));
    }
  }

  /** The run's context with every stream from the run's start, one per purpose. */
  private static final class FromStart implements RunContext {
    private final RunContext run;
    private final java.util.Map<String, RandomGenerator> streams = new java.util.HashMap<>();

    FromStart(RunContext run) {
      this.run = run;
    }

    @Override
    public String runId() {
      return run.runId();
    }

    @Override
    public RunDescription description() {
      return run.description();
    }

    @Override
    public double parameter(String name, double fallback) {
      return run.parameter(name, fallback);
    }

    @Override
    public RandomGenerator random(String purpose) {
      return streams.computeIfAbsent(purpose, run::randomFromStart);
    }
  }

  /**
   * The defaults of the parameters {@code source} reads when it opens, as it reads them: opened for
   * a network of 1,000 units, all of them input units, so that no pool is too big for it.
   */
  static java.util.Map<String, Double> defaults(InputSource source) {
    Probe probe = new Probe(
        RunDescription.builder().ne(1000).nu(1000).steps(1).build(), new java.util.TreeMap<>());
    try {
      source.open(probe);
    } catch (IOException | RuntimeException e) {
      // what it read before it objected is still its defaults
    }
    return probe.asked();
  }

  /**
   * A context for checking a generator's parameters: its streams are throwaway; it notes the
   * parameters asked and their fallbacks.
   */
  private record Probe(RunDescription description, java.util.Map<String, Double> asked)
      implements RunContext {
    Probe(RunDescription description) {
      this(description, new java.util.TreeMap<>());
    }

    @Override
    public String runId() {
      return "check";
    }

    @Override
    public double parameter(String name, double fallback) {
      asked.putIfAbsent(name, fallback);
      return description.parameter(name, fallback);
    }

    @Override
    public RandomGenerator random(String purpose) {
      return new java.util.SplittableRandom(description.seed());
    }
  }
}
