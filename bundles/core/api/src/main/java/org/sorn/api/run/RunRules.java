package org.sorn.api.run;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.sorn.api.Hyperparameters;
import org.sorn.api.Slots;

/**
 * What the values of a run's hyper-parameters must be: one set of rules for the command line, the
 * engine (at the start and for every change of a running simulation) and every front, so that a
 * value refused on one is refused on all, in the same words. A front spells a name its own way
 * ({@code --eta-stdp} on the command line, {@code eta_stdp} in the console): the words after it are
 * the same.
 *
 * <pre>{@code
 * RunRules.refusal("eta_stdp", -1, 200, RunRules.NAME)    // "eta_stdp must be a finite number >= 0, got -1"
 * RunRules.refusal("eta_stdp", -1, 200, RunRules.OPTION)  // "--eta-stdp must be a finite number >= 0, got -1"
 * }</pre>
 *
 * @since 1.1
 */
public final class RunRules {
  /** Names as the package and run records spell them: {@code eta_stdp}. */
  public static final UnaryOperator<String> NAME = name -> name;

  /** Names as command-line options: {@code --eta-stdp}. */
  public static final UnaryOperator<String> OPTION = name -> "--" + name.replace('_', '-');

  /** The name of the noise's standard deviation among a noise model's parameters. */
  public static final String NOISE_SIGMA = "noise_sigma";

  /**
   * What a value of {@code name} must be, in words. {@code ne} > 0 names the bound of the
   * in-degrees; 0 leaves it unsaid (not known yet).
   */
  public static String expected(String name, int ne) {
    return switch (name) {
      case Hyperparameters.ETA_STDP, Hyperparameters.ETA_INHIB, Hyperparameters.ETA_IP,
          NOISE_SIGMA -> "a finite number >= 0";
      case Hyperparameters.MU_IP -> "a finite number > 0";
      case Hyperparameters.LAMBDA_EE, Hyperparameters.LAMBDA_EI, Hyperparameters.LAMBDA_IE ->
          ne > 0 ? "a number > 0 and <= ne (" + ne + ")" : "a number > 0 and <= ne";
      default -> "a finite number";
    };
  }

  /** Whether {@code value} is allowed for {@code name} ({@code ne} <= 0: the bound of ne unknown). */
  public static boolean allows(String name, double value, int ne) {
    if (!Double.isFinite(value)) {
      return false;
    }
    return switch (name) {
      case Hyperparameters.ETA_STDP, Hyperparameters.ETA_INHIB, Hyperparameters.ETA_IP,
          NOISE_SIGMA -> value >= 0;
      case Hyperparameters.MU_IP -> value > 0;
      case Hyperparameters.LAMBDA_EE, Hyperparameters.LAMBDA_EI, Hyperparameters.LAMBDA_IE ->
          value > 0 && (ne <= 0 || value <= ne);
      default -> true;
    };
  }

  /**
   * Null when {@code value} is allowed for {@code name}, else the one line that refuses it,
   * {@code "<spelled name> must be <expected>, got <value>"}.
   */
  public static String refusal(String name, double value, int ne, UnaryOperator<String> spelling) {
    if (allows(name, value, ne)) {
      return null;
    }
    return spelling.apply(name) + " must be " + expected(name, ne) + ", got " + format(value);
  }

  /**
   * Null when the ranges of thresholds are in order ({@code te_min <= te_max}, {@code ti_min <=
   * ti_max}) with the values given and the package's defaults for the others, else the line that
   * refuses them.
   */
  public static String orderRefusal(Map<String, Double> values, UnaryOperator<String> spelling) {
    String te =
        order(values, Hyperparameters.TE_MIN, Hyperparameters.TE_MAX, Hyperparameters.DEFAULT_TE_MIN,
            Hyperparameters.DEFAULT_TE_MAX, spelling);
    return te != null
        ? te
        : order(values, Hyperparameters.TI_MIN, Hyperparameters.TI_MAX,
            Hyperparameters.DEFAULT_TI_MIN, Hyperparameters.DEFAULT_TI_MAX, spelling);
  }

  /**
   * Null when {@code values} (a run's parameters) follow every rule, else the first refusal: each
   * value's range, then the order of the threshold ranges.
   */
  public static String refusal(Map<String, Double> values, int ne, UnaryOperator<String> spelling) {
    for (Map.Entry<String, Double> e : values.entrySet()) {
      Double v = e.getValue();
      String refused = refusal(e.getKey(), v == null ? Double.NaN : v, ne, spelling);
      if (refused != null) {
        return refused;
      }
    }
    return orderRefusal(values, spelling);
  }

  /**
   * Null when {@code slot} may be frozen, that is, named among {@code slots} (the plasticity slots
   * of the reference model and of the mechanisms installed), else the words that refuse it after
   * the name of what names the slot: {@code "must name mechanisms among stdp, ip, ..., got 'x'"}.
   */
  public static String freezeRefusal(String slot, Collection<String> slots) {
    if (slots.contains(slot)) {
      return null;
    }
    return "must name mechanisms among " + String.join(", ", slots) + ", got '" + slot + "'";
  }

  /** Whether {@code slot} can be frozen: a plasticity slot, not the update nor the noise. */
  public static boolean freezable(String slot) {
    return !slot.equals(Slots.UPDATE) && !slot.equals(Slots.NOISE);
  }

  /** A number as a user would write it: 20 rather than 20.0. */
  public static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? Long.toString((long) v)
        : Double.toString(v).toLowerCase(Locale.ROOT);
  }

  private static String order(
      Map<String, Double> given,
      String low,
      String high,
      double lowDefault,
      double highDefault,
      UnaryOperator<String> spelling) {
    double lo = given.getOrDefault(low, lowDefault);
    double hi = given.getOrDefault(high, highDefault);
    if (lo <= hi) {
      return null;
    }
    return String.format(
        "%s must be <= %s, got %s %s%s and %s %s%s",
        spelling.apply(low),
        spelling.apply(high),
        low,
        format(lo),
        given.containsKey(low) ? "" : " (default)",
        high,
        format(hi),
        given.containsKey(high) ? "" : " (default)");
  }

  private RunRules() {}
}
