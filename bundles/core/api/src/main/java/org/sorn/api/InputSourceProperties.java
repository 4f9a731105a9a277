package org.sorn.api;

/**
 * The service properties an {@link InputSource} may publish for the fronts (since 2.1).
 *
 * <p>{@link #PARAMETERS}: the run parameters the source reads, each as {@code KEY=RUN_PARAMETER},
 * KEY the short name users give ({@code ./sorn run --input counting:n=8} sets the run parameter
 * {@code counting_n}). A front takes a run parameter's own name as well; a source without the
 * property takes only those.
 */
public final class InputSourceProperties {
  /** The property naming the parameters a source reads, {@code KEY=RUN_PARAMETER} each. */
  public static final String PARAMETERS = "sorn.input.parameters";

  private InputSourceProperties() {}
}
