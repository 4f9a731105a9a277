package org.sorn.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.LongSupplier;
import org.sorn.api.Hyperparameters;
import org.sorn.api.InputSequence;
import org.sorn.api.NetworkSnapshot;
import org.sorn.api.run.RunDescription;

/**
 * A run ready to start: the options resolved against the files they name and checked as a whole.
 *
 * @param state the initial state, or null for a fresh network
 * @param input the input, or null for uniform random input drawn from the seed
 * @param seedChosen whether the seed was chosen here because none was given
 * @param out the results directory (absolute)
 * @param options the options it comes from (recorders, formats, checkpoints)
 * @param inputFile the input file (absolute), or null
 * @param stateFile the initial state's file (absolute), or null
 * @param inputDigest the SHA-256 of the input file (hex), or null: a resumed run checks it
 * @param generator the input generator chosen with --input NAME[:KEY=VALUE,...], or null
 */
record RunPlan(
    RunDescription description,
    NetworkSnapshot state,
    InputSequence input,
    boolean seedChosen,
    Path out,
    RunOptions options,
    Path inputFile,
    Path stateFile,
    String inputDigest,
    InputGenerators.Choice generator) {

  static final String RANDOM_INPUT = "uniform random [0,1) from the seed";
  /** The folder of the run's checkpoints, inside its results directory. */
  static final String CHECKPOINT = "checkpoint";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  /**
   * Reads the files the options name and settles ne, nu, steps, seed and the results directory.
   *
   * @param seeds where a seed comes from when none is given
   * @param cwd the directory relative paths start from
   * @throws UsageError naming the option or file at fault
   */
  static RunPlan of(RunOptions o, LongSupplier seeds, Clock clock, Path cwd) {
    return of(o, InputGenerators.NONE, seeds, clock, cwd);
  }

  /**
   * As {@link #of(RunOptions, LongSupplier, Clock, Path)}, with the input generators that
   * {@code --input NAME[:KEY=VALUE,...]} may name.
   */
  static RunPlan of(RunOptions o, InputGenerators generators, LongSupplier seeds, Clock clock,
      Path cwd) {
    InputGenerators.Choice generator =
        o.generator() == null ? null : generators.choose(o.generator());
    if (o.steps() == null && o.input() == null) {
      throw new UsageError(generator != null
          ? "--steps is required (a positive integer): the input generator " + generator.text()
              + " draws without end"
          : "--steps is required (a positive integer) unless --input gives the number of steps");
    }
    Path inputFile = o.input() == null ? null : cwd.resolve(o.input()).normalize();
    Path stateFile = o.state() == null ? null : cwd.resolve(o.state()).normalize();
    NumericArray input = inputFile == null ? null : InputFiles.read(inputFile);
    if (input != null && o.nu() != null && input.rows() != o.nu()) {
      throw DataFiles.error(
          RunOption.INPUT,
          inputFile,
          "expected " + o.nu() + " rows (--nu), one per input unit, got " + input.rows());
    }
    NetworkSnapshot state = stateFile == null ? null : StateFiles.read(stateFile, o.ne());
    int ne = o.ne() != null ? o.ne() : state != null ? state.te.length : Hyperparameters.DEFAULT_NE;
    int nu = o.nu() != null ? o.nu() : input != null ? input.rows() : Hyperparameters.DEFAULT_NU;
    o.checkSizes(ne);
    if (input != null && nu > ne) {
      throw DataFiles.error(
          RunOption.INPUT,
          inputFile,
          "has " + nu + " rows (nu), but ne is " + ne + "; expected at most one row per E unit");
    }
    long steps = o.steps() != null ? o.steps() : input.columns();
    if (input != null && input.columns() < steps) {
      throw DataFiles.error(
          RunOption.INPUT,
          inputFile,
          String.format(
              "has %d columns, but --steps is %d; expected at least one column per step",
              input.columns(), steps));
    }
    boolean chosen = o.seed() == null;
    long seed = chosen ? seeds.getAsLong() : o.seed();
    RunDescription description =
        RunDescription.builder()
            .ne(ne)
            .nu(nu)
            .seed(seed)
            .steps(steps)
            .phase(o.phase())
            .frozen(o.frozen())
            .noise(o.noise())
            .noiseSigma(o.noiseSigma())
            .parameters(withGenerator(o.runParameters(), generator))
            .variants(o.variants())
            .build();
    Path out =
        o.out() != null
            ? cwd.resolve(o.out()).normalize()
            : cwd.resolve("runs").resolve(LocalDateTime.now(clock).format(STAMP) + "-seed" + seed);
    if (generator != null) {
      GeneratedInput.check(generator.generator().source(), description);
    }
    return new RunPlan(
        description,
        state,
        generator != null ? new GeneratedInput(generator.generator().source())
            : input == null ? null : new FileInput(input),
        chosen,
        out,
        o,
        inputFile,
        stateFile,
        inputFile == null ? null : DataFiles.sha256(RunOption.INPUT, inputFile),
        generator);
  }

  /** The run parameters with the generator's; one set twice must be set alike. */
  private static java.util.Map<String, Double> withGenerator(java.util.Map<String, Double> given,
      InputGenerators.Choice generator) {
    if (generator == null) {
      return given;
    }
    java.util.Map<String, Double> all = new java.util.LinkedHashMap<>(given);
    generator.parameters().forEach((name, value) -> {
      Double before = all.put(name, value);
      if (before != null && !before.equals(value)) {
        throw new UsageError("--input " + generator.text() + " sets " + name + " to "
            + RunOptions.format(value) + ", another option to " + RunOptions.format(before));
      }
    });
    return all;
  }

  /** The names of the recorders to open, in the order given. */
  List<String> recorders() {
    return options.recorders();
  }

  /** Where the checkpoints go. */
  Path checkpointDirectory() {
    return out.resolve(CHECKPOINT);
  }

  /** The input as run.json names it. */
  String inputText() {
    if (generator != null) {
      return "generator " + generator.text() + (generator.parameters().isEmpty() ? ""
          : " (" + generator.parameters().entrySet().stream()
              .map(e -> e.getKey() + " = " + RunOptions.format(e.getValue()))
              .collect(java.util.stream.Collectors.joining(", ")) + ")");
    }
    return inputFile == null ? RANDOM_INPUT : inputFile.toString();
  }

  /** The initial state as run.json names it. */
  String stateText() {
    return stateFile == null ? "fresh" : stateFile.toString();
  }
}
