package org.sorn.shell;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sorn.api.Hyperparameters;
import org.sorn.api.run.RunRules;

/** The options of {@code sorn run}: their names, what each expects and what it does. */
enum RunOption {
  NE("ne", null, "an integer >= 5", "number of excitatory units (default 200, or from --state)"),
  NU(
      "nu",
      null,
      "an integer between 1 and ne",
      "number of input units (default 10, or the rows of --input)"),
  STEPS(
      "steps",
      null,
      "a positive integer",
      "time steps to simulate (default: the columns of --input)"),
  SEED(
      "seed",
      null,
      "a 64-bit integer",
      "seed of every random stream (default: chosen and recorded)"),
  ETA_STDP(
      "eta-stdp", Hyperparameters.ETA_STDP, RunRules.expected(Hyperparameters.ETA_STDP, 0), "STDP learning rate (0.004)"),
  ETA_INHIB(
      "eta-inhib",
      Hyperparameters.ETA_INHIB,
      RunRules.expected(Hyperparameters.ETA_INHIB, 0),
      "iSTDP learning rate (0.001)"),
  ETA_IP("eta-ip", Hyperparameters.ETA_IP, RunRules.expected(Hyperparameters.ETA_IP, 0), "IP learning rate (0.01)"),
  TE_MIN("te-min", Hyperparameters.TE_MIN, RunRules.expected(Hyperparameters.TE_MIN, 0), "lowest excitatory threshold (0)"),
  TE_MAX("te-max", Hyperparameters.TE_MAX, RunRules.expected(Hyperparameters.TE_MAX, 0), "highest excitatory threshold (1)"),
  TI_MIN(
      "ti-min",
      Hyperparameters.TI_MIN,
      RunRules.expected(Hyperparameters.TI_MIN, 0),
      "lowest initial inhibitory threshold (0)"),
  TI_MAX(
      "ti-max",
      Hyperparameters.TI_MAX,
      RunRules.expected(Hyperparameters.TI_MAX, 0),
      "highest initial inhibitory threshold (0.5)"),
  MU_IP("mu-ip", Hyperparameters.MU_IP, RunRules.expected(Hyperparameters.MU_IP, 0), "iSTDP target rate (0.1)"),
  H_IP("h-ip", Hyperparameters.H_IP, RunRules.expected(Hyperparameters.H_IP, 0), "IP target rate (2*nu/ne)"),
  LAMBDA_EE(
      "lambda-ee",
      Hyperparameters.LAMBDA_EE,
      RunRules.expected(Hyperparameters.LAMBDA_EE, 0),
      "mean E->E in-degree at initialisation (20)"),
  LAMBDA_EI(
      "lambda-ei",
      Hyperparameters.LAMBDA_EI,
      RunRules.expected(Hyperparameters.LAMBDA_EI, 0),
      "I->E out-degree at initialisation (40)"),
  LAMBDA_IE(
      "lambda-ie",
      Hyperparameters.LAMBDA_IE,
      RunRules.expected(Hyperparameters.LAMBDA_IE, 0),
      "E->I in-degree of a sparse W^IE (default: dense, as the package)"),
  NOISE("noise", null, "on or off", "Gaussian noise on the drives (on)"),
  NOISE_SIGMA(
      "noise-sigma", null, "a finite number >= 0", "standard deviation of the noise (0.04)"),
  PHASE("phase", null, "plasticity or training", "training runs no plasticity (plasticity)"),
  FREEZE(
      "freeze",
      null,
      "a comma-separated list of mechanisms",
      "mechanisms that do not run: stdp,ip,sp,istdp,ss"),
  VARIANT(
      "variant",
      null,
      "SLOT=NAME[,SLOT=NAME...]",
      "the variant of a slot, for example stdp=weight-dependent-stdp,update=fast-inhibition"),
  STATE(
      "state",
      null,
      "a .json or .npz file",
      "initial state Wee, Wei, Wie, Te, Ti, X, Y (default: fresh)"),
  INPUT(
      "input",
      null,
      "a .json, .csv or .npy file",
      "nu x T input matrix, column t feeds step t; or NAME[:KEY=VALUE,...], an installed"
          + " generator (sorn:generators lists them), e.g. strong, counting:n=8, gaussian:sigma=1"
          + " (default: uniform [0,1))"),
  RECORD(
      "record",
      null,
      "NAME[:OPTION=N...][,NAME...]",
      "quantities to record and at which steps (options every, from, to), for example"
          + " TE,WEE:every=1000,ExcitatoryActivation:from=1000:to=5000"),
  FORMAT(
      "format",
      null,
      "a comma-separated list of formats",
      "formats of the final state and recordings: json, npz, npy, csv, hdf5 (default json)"),
  CHECKPOINT_EVERY(
      "checkpoint-every",
      null,
      "an integer >= 0",
      "steps between checkpoints in <out>/checkpoint, for sorn resume; 0: none (default 10000)"),
  OUT("out", null, "a directory", "where results go (default runs/<time>-seed<seed>)"),
  OVERWRITE(
      "overwrite",
      null,
      null,
      "replace the run an --out folder holds: its files are removed first (only the workbench's)"),
  QUIET("quiet", null, null, "no progress and no summary line; errors still print"),
  HELP("help", null, null, "print this help");

  private final String name;
  private final String parameter;
  private final String expected;
  private final String help;

  RunOption(String name, String parameter, String expected, String help) {
    this.name = name;
    this.parameter = parameter;
    this.expected = expected;
    this.help = help;
  }

  /** As typed: {@code --ne}. */
  String flag() {
    return "--" + name;
  }

  /** The package's name of the hyper-parameter this option sets, or null. */
  String parameter() {
    return parameter;
  }

  /** What a value must be, in words; null for an option without a value. */
  String expected() {
    return expected;
  }

  String help() {
    return help;
  }

  boolean takesValue() {
    return expected != null;
  }

  static Optional<RunOption> byFlag(String flag) {
    return Arrays.stream(values()).filter(o -> o.flag().equals(flag)).findFirst();
  }

  /** Every flag, for messages about an unknown option. */
  static String allFlags() {
    return Arrays.stream(values()).map(RunOption::flag).collect(Collectors.joining(", "));
  }
}
