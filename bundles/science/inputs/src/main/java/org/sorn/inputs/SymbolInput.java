package org.sorn.inputs;

import java.util.function.LongToIntFunction;
import org.sorn.api.InputSequence;

/** The input of a run that presents one symbol per step, each on its own pool of input units. */
public final class SymbolInput implements InputSequence {
  private final LongToIntFunction symbolAt;
  private final SymbolPools pools;
  private final long length;

  /**
   * @param symbolAt the symbol of each step
   * @param pools where each symbol goes
   * @param length the number of steps it feeds, or -1 for no end
   */
  public SymbolInput(LongToIntFunction symbolAt, SymbolPools pools, long length) {
    this.symbolAt = symbolAt;
    this.pools = pools;
    this.length = length;
  }

  @Override
  public void fill(long step, double[] u) {
    pools.fill(symbolAt.applyAsInt(step), u);
  }

  @Override
  public long length() {
    return length;
  }
}
