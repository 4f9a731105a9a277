package org.sorn.experiments;

import java.util.List;
import java.util.SplittableRandom;
import org.sorn.api.NetworkSnapshot;
import org.sorn.api.NetworkState;
import org.sorn.api.run.Phase;
import org.sorn.api.run.RunDescription;
import org.sorn.api.run.RunRequest;
import org.sorn.api.run.Simulation;
import org.sorn.api.run.Workbench;
import org.sorn.inputs.SymbolInput;
import org.sorn.inputs.SymbolPools;
import org.sorn.readout.LinearReadout;
import org.sorn.readout.StateRecorder;
import org.sorn.tasks.CountingTask;
import org.sorn.tasks.TaskSequence;

/**
 * One run of the papers' protocol on the counting task: plastic steps with the condition's
 * mechanisms from a fresh network, then plasticity off from the state they left, states recorded
 * for training steps and test steps; the readouts are fitted on the first and scored on the second.
 * The words come from the seed alone, so every condition of a seed sees the same sequence.
 */
final class CountingRun {
  private final Workbench workbench;
  private final CountingOptions options;
  private final Condition condition;
  private final int n;
  private final long seed;

  CountingRun(Workbench workbench, CountingOptions options, Condition condition, int n, long seed) {
    this.workbench = workbench;
    this.options = options;
    this.condition = condition;
    this.n = n;
    this.seed = seed;
  }

  Scores call() throws InterruptedException {
    CountingTask task = new CountingTask(n);
    TaskSequence words = new TaskSequence(task, new SplittableRandom(seed));
    SymbolPools pools =
        new SymbolPools(task.alphabet().size(), options.unitsPerSymbol(), SymbolPools.DEFAULT_SYMBOL_INPUT);
    Setup setup = options.setup();
    int plastic = options.plasticSteps();
    int readoutSteps = options.trainSteps() + options.testSteps();

    RunDescription plasticPhase =
        setup.run(options.ne(), pools, seed, plastic, Phase.PLASTICITY, condition.frozen(setup));
    NetworkState shaped =
        finish(workbench.start(new RunRequest(plasticPhase, null, input(words, pools, 0, plastic), List.of())));

    // plasticity off, from the state the plastic steps left; the words go on where they were
    RunDescription readoutPhase =
        setup.run(options.ne(), pools, seed, readoutSteps, Phase.TRAINING, condition.frozen(setup));
    StateRecorder states = new StateRecorder(0, readoutSteps, options.ne());
    NetworkSnapshot start = NetworkSnapshot.of(shaped);
    Simulation readout =
        workbench.create(
            new RunRequest(readoutPhase, start, input(words, pools, plastic, readoutSteps), List.of(states)),
            null);
    readout.start();
    finish(readout);
    return score(task, words, states.states());
  }

  private static SymbolInput input(TaskSequence words, SymbolPools pools, long offset, long length) {
    return new SymbolInput(step -> words.symbol(offset + step), pools, length);
  }

  private NetworkState finish(Simulation run) throws InterruptedException {
    NetworkState state = run.await();
    // an experiment makes many runs in one workbench: it keeps the state it needs, not the runs
    workbench.discard(run.id());
    if (run.failure() != null) {
      throw new IllegalStateException(
          condition.label() + " n=" + n + " seed=" + seed + " failed: " + run.failure());
    }
    return state;
  }

  /**
   * Row r is the state after step P + r, the answer to the symbol of that step: it is read for the
   * next symbol (step P + r + 1) and for the position of its own.
   */
  private Scores score(CountingTask task, TaskSequence words, double[][] states) {
    long first = options.plasticSteps();
    int train = options.trainSteps();
    int test = options.testSteps();
    int rows = states.length;
    int[] next = new int[rows];
    int[] position = new int[rows];
    boolean[] predictable = new boolean[rows];
    boolean[] end = new boolean[rows];
    boolean[] all = new boolean[rows];
    for (int r = 0; r < rows; r++) {
      long t = first + r;
      next[r] = words.symbol(t + 1);
      predictable[r] = words.predictable(t + 1);
      end[r] = words.wordEnd(t + 1);
      position[r] = words.position(t);
      all[r] = true;
    }
    double[][] trainStates = java.util.Arrays.copyOfRange(states, 0, train);
    double[][] testStates = java.util.Arrays.copyOfRange(states, train, train + test);
    LinearReadout nextSymbol =
        LinearReadout.classifier(trainStates, head(next, train), task.alphabet().size(), options.ridge());
    LinearReadout where =
        LinearReadout.classifier(trainStates, head(position, train), task.positions(), options.ridge());
    return new Scores(
        nextSymbol.accuracy(testStates, tail(next, train), tail(predictable, train)),
        nextSymbol.accuracy(testStates, tail(next, train), tail(end, train)),
        where.accuracy(testStates, tail(position, train), tail(all, train)));
  }

  private static int[] head(int[] a, int length) {
    return java.util.Arrays.copyOf(a, length);
  }

  private static int[] tail(int[] a, int from) {
    return java.util.Arrays.copyOfRange(a, from, a.length);
  }

  private static boolean[] tail(boolean[] a, int from) {
    return java.util.Arrays.copyOfRange(a, from, a.length);
  }
}
