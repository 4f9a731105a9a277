package org.sorn.inputs;

import java.util.Arrays;
import org.sorn.api.RunContext;

/**
 * Symbols on pools of input units, as in the SORN papers: symbol s drives its own pool of N_U
 * excitatory units, {@code s*N_U .. (s+1)*N_U - 1}, with a fixed input value; every other unit gets
 * 0. Pools do not overlap, and since the input drives E units {@code 0..nu-1} of a random network,
 * consecutive pools are as good as the papers' randomly chosen ones.
 */
public final class SymbolPools {
  /** Run parameter: N_U, the number of input units per symbol. */
  public static final String UNITS_PER_SYMBOL = "units_per_symbol";
  /** Run parameter: the input each unit of the current symbol's pool gets. */
  public static final String SYMBOL_INPUT = "symbol_input";
  /** The papers' N_U. */
  public static final int DEFAULT_UNITS_PER_SYMBOL = 10;
  /**
   * The lab codes' input (weight 1, gain 1): above every threshold at the start (T^E below 0.5),
   * so the pool fires unless recurrent inhibition outweighs its excitation.
   */
  public static final double DEFAULT_SYMBOL_INPUT = 1.0;

  private final int symbols;
  private final int unitsPerSymbol;
  private final double value;

  /**
   * @throws IllegalArgumentException naming the argument when a count is below 1 or the value is
   *     not finite
   */
  public SymbolPools(int symbols, int unitsPerSymbol, double value) {
    if (symbols < 1) {
      throw new IllegalArgumentException("a symbol input needs at least one symbol, got " + symbols);
    }
    if (unitsPerSymbol < 1) {
      throw new IllegalArgumentException(
          UNITS_PER_SYMBOL + " must be a positive integer, got " + unitsPerSymbol);
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(SYMBOL_INPUT + " must be a finite number, got " + value);
    }
    this.symbols = symbols;
    this.unitsPerSymbol = unitsPerSymbol;
    this.value = value;
  }

  /**
   * The pools of a run: N_U and the input value are the run's {@link #UNITS_PER_SYMBOL} and {@link
   * #SYMBOL_INPUT}, else the defaults; the run's nu must hold every pool.
   *
   * @throws IllegalArgumentException naming the parameter at fault
   */
  public static SymbolPools of(RunContext run, int symbols) {
    double units = run.parameter(UNITS_PER_SYMBOL, DEFAULT_UNITS_PER_SYMBOL);
    if (units != Math.rint(units)) {
      throw new IllegalArgumentException(UNITS_PER_SYMBOL + " must be an integer, got " + units);
    }
    SymbolPools pools =
        new SymbolPools(symbols, (int) units, run.parameter(SYMBOL_INPUT, DEFAULT_SYMBOL_INPUT));
    pools.requireFits(run.description().nu());
    return pools;
  }

  /** The number of symbols. */
  public int symbols() {
    return symbols;
  }

  /** N_U. */
  public int unitsPerSymbol() {
    return unitsPerSymbol;
  }

  /** The input value of a unit of the current symbol's pool. */
  public double value() {
    return value;
  }

  /** The input units the pools take: symbols * N_U. */
  public int inputUnits() {
    return symbols * unitsPerSymbol;
  }

  /** The first unit of symbol s's pool. */
  public int firstUnit(int symbol) {
    return symbol * unitsPerSymbol;
  }

  /**
   * @throws IllegalArgumentException when {@code nu} input units cannot hold every pool
   */
  public void requireFits(int nu) {
    if (nu < inputUnits()) {
      throw new IllegalArgumentException(
          "nu must be at least " + inputUnits() + " for " + symbols + " symbols of "
              + unitsPerSymbol + " units each, got " + nu);
    }
  }

  /** u = the input of symbol s: its pool gets the value, every other unit 0. */
  public void fill(int symbol, double[] u) {
    if (symbol < 0 || symbol >= symbols) {
      throw new IllegalArgumentException(
          "symbol must be in [0, " + symbols + "), got " + symbol);
    }
    Arrays.fill(u, 0.0);
    int first = firstUnit(symbol);
    Arrays.fill(u, first, first + unitsPerSymbol, value);
  }
}
