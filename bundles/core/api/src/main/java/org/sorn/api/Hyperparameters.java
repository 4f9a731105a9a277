package org.sorn.api;

import java.util.List;

/**
 * Names and default values of the hyper-parameters of the reference model, spelled as the Python
 * package {@code sorn} spells them. Defaults are the package's (spec section 3); {@code h_ip} has
 * no constant default: it is {@code 2*nu/ne} unless given.
 */
public final class Hyperparameters {
  public static final String ETA_STDP = "eta_stdp";
  public static final String ETA_INHIB = "eta_inhib";
  public static final String ETA_IP = "eta_ip";
  public static final String TE_MIN = "te_min";
  public static final String TE_MAX = "te_max";
  public static final String TI_MIN = "ti_min";
  public static final String TI_MAX = "ti_max";
  public static final String MU_IP = "mu_ip";
  public static final String H_IP = "h_ip";
  public static final String LAMBDA_EE = "lambda_ee";
  public static final String LAMBDA_EI = "lambda_ei";
  /**
   * In-degree of each inhibitory unit from excitatory units, for a sparse W^IE. Unused by the
   * package (which makes W^IE dense); absent, W^IE is dense as there.
   */
  public static final String LAMBDA_IE = "lambda_ie";

  public static final double DEFAULT_ETA_STDP = 0.004;
  public static final double DEFAULT_ETA_INHIB = 0.001;
  public static final double DEFAULT_ETA_IP = 0.01;
  public static final double DEFAULT_TE_MIN = 0.0;
  public static final double DEFAULT_TE_MAX = 1.0;
  public static final double DEFAULT_TI_MIN = 0.0;
  public static final double DEFAULT_TI_MAX = 0.5;
  public static final double DEFAULT_MU_IP = 0.1;
  public static final double DEFAULT_LAMBDA_EE = 20;
  public static final double DEFAULT_LAMBDA_EI = 40;
  public static final int DEFAULT_NE = 200;
  public static final int DEFAULT_NU = 10;
  public static final double DEFAULT_NOISE_SIGMA = 0.04;

  /** Every name above, in the order run records list them. */
  public static final List<String> NAMES =
      List.of(
          ETA_STDP, ETA_INHIB, ETA_IP, TE_MIN, TE_MAX, TI_MIN, TI_MAX, MU_IP, H_IP, LAMBDA_EE,
          LAMBDA_EI);

  /** The IP target rate of the package when {@code h_ip} is not given: {@code (2*nu)/ne}. */
  public static double defaultTargetRate(int ne, int nu) {
    return (2.0 * nu) / ne;
  }

  /** The number of inhibitory units for {@code ne} excitatory ones, {@code int(0.2*ne)}. */
  public static int inhibitoryCount(int ne) {
    return (int) (0.2 * ne);
  }

  private Hyperparameters() {}
}
