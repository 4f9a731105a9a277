package org.sorn.api;

/**
 * A dense copy of a network state, laid out as the Python package returns it (and as the golden
 * vectors store it): matrices [presynaptic][postsynaptic], {@code x[i] = {x_i(t-1), x_i(t)}} and
 * {@code y[k] = {y_k(t-1), y_k(t)}}. Used to start a run from a given state and to export one.
 */
public class NetworkSnapshot {
  /** ne x ne. */
  public double[][] wee;
  /** ni x ne. */
  public double[][] wei;
  /** ne x ni. */
  public double[][] wie;
  /** ne. */
  public double[] te;
  /** ni. */
  public double[] ti;
  /** ne x 2: previous and current activity. */
  public double[][] x;
  /** ni x 2: previous and current activity. */
  public double[][] y;
}
