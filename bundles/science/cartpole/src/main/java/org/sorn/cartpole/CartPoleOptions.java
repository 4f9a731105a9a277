package org.sorn.cartpole;

import java.nio.file.Path;
import java.util.List;

/**
 * The options of {@code experiment cartpole}, checked: every bad value is an
 * IllegalArgumentException whose one-line message names the option and what it takes.
 *
 * @param out the folder for rewards.csv and rewards.png, or null to print only
 */
record CartPoleOptions(
    int episodes,
    long seed,
    int ne,
    String version,
    double learningRate,
    double discount,
    Encoding encoding,
    int window,
    Path out) {

  static final double DEFAULT_LEARNING_RATE = 0.003;
  static final double DEFAULT_DISCOUNT = 0.99;

  static final String USAGE =
      "usage: experiment cartpole [--episodes 300] [--seed 1] [--ne 200] [--version v0|v1]"
          + " [--learning-rate " + DEFAULT_LEARNING_RATE + "] [--discount " + DEFAULT_DISCOUNT + "]"
          + " [--encoder sorn|static|pools|raw] [--window 20] [--out DIR]";

  /** The defaults: 300 episodes of CartPole-v1, seed 1, a plastic SORN of 200 units. */
  static CartPoleOptions defaults() {
    return new CartPoleOptions(
        300, 1, 200, "v1", DEFAULT_LEARNING_RATE, DEFAULT_DISCOUNT, Encoding.SORN, 20, null);
  }

  /** Parses the arguments after {@code cartpole}; {@code --name value} or {@code --name=value}. */
  static CartPoleOptions parse(List<String> args) {
    CartPoleOptions o = defaults();
    int episodes = o.episodes;
    long seed = o.seed;
    int ne = o.ne;
    String version = o.version;
    double learningRate = o.learningRate;
    double discount = o.discount;
    Encoding encoding = o.encoding;
    int window = o.window;
    Path out = o.out;
    for (int a = 0; a < args.size(); a++) {
      String arg = args.get(a);
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument '" + arg + "'; " + USAGE);
      }
      String name = arg;
      String value;
      int eq = arg.indexOf('=');
      if (eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      } else if (a + 1 < args.size()) {
        value = args.get(++a);
      } else {
        throw new IllegalArgumentException(arg + " needs a value; " + USAGE);
      }
      switch (name) {
        case "--episodes" -> episodes = integer(name, value, 1);
        case "--seed" -> seed = seed(name, value);
        case "--ne" -> ne = integer(name, value, 5);
        case "--version" -> {
          try {
            CartPole.stepLimit(value);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--version must be v0 or v1, got '" + value + "'");
          }
          version = value;
        }
        case "--learning-rate" -> learningRate = positive(name, value);
        case "--discount" -> discount = fraction(name, value);
        case "--encoder" -> encoding = Encoding.parse(value);
        case "--window" -> window = integer(name, value, 1);
        case "--out" -> out = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + name + "; " + USAGE);
      }
    }
    int inputs = ObservationEncoder.standard().inputUnits();
    if (encoding.usesSorn() && ne < inputs) {
      throw new IllegalArgumentException(
          "--ne must be at least " + inputs + " (the encoder's input units), got " + ne);
    }
    return new CartPoleOptions(
        episodes, seed, ne, version, learningRate, discount, encoding, window, out);
  }

  /** The step limit of the chosen version. */
  int stepLimit() {
    return CartPole.stepLimit(version);
  }

  private static int integer(String name, String value, int min) {
    try {
      int v = Integer.parseInt(value);
      if (v >= min) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below, with the option's name
    }
    throw new IllegalArgumentException(name + " must be an integer >= " + min + ", got '" + value + "'");
  }

  private static long seed(String name, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be an integer, got '" + value + "'");
    }
  }

  private static double positive(String name, String value) {
    double v = number(name, value);
    if (v > 0) {
      return v;
    }
    throw new IllegalArgumentException(name + " must be a number > 0, got '" + value + "'");
  }

  private static double fraction(String name, String value) {
    double v = number(name, value);
    if (v >= 0 && v <= 1) {
      return v;
    }
    throw new IllegalArgumentException(name + " must be a number in [0, 1], got '" + value + "'");
  }

  private static double number(String name, String value) {
    try {
      double v = Double.parseDouble(value);
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + " must be a finite number, got '" + value + "'");
  }
}
