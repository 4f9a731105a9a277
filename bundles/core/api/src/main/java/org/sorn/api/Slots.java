package org.sorn.api;

import java.util.List;

/**
 * The plasticity slots of the reference model, by the names the Python package uses in {@code
 * freeze}, and their place in a step. A lab mechanism may fill one of these slots (as a variant) or
 * bring a slot of its own with any order value.
 */
public final class Slots {
  /** Spike-timing dependent plasticity of W^EE. */
  public static final String STDP = "stdp";
  /** Intrinsic plasticity of the excitatory thresholds. */
  public static final String IP = "ip";
  /** Structural plasticity: creation of new W^EE synapses. */
  public static final String SP = "sp";
  /** Inhibitory spike-timing dependent plasticity of W^EI. */
  public static final String ISTDP = "istdp";
  /** Synaptic normalisation of W^EE and W^EI ("ss", synaptic scaling, in the package). */
  public static final String SS = "ss";

  /** How x(t+1) and y(t+1) are computed ({@link NetworkUpdate}); not a plasticity slot. */
  public static final String UPDATE = "update";
  /** The noise added to the drives ({@link NoiseModel}); not a plasticity slot. */
  public static final String NOISE = "noise";

  /** The reference order within a step: stdp, ip, sp, istdp, ss. */
  public static final int ORDER_STDP = 100;
  public static final int ORDER_IP = 200;
  public static final int ORDER_SP = 300;
  public static final int ORDER_ISTDP = 400;
  public static final int ORDER_SS = 500;

  /** Noise and update come before plasticity; their order only sorts run records. */
  public static final int ORDER_NOISE = 10;
  public static final int ORDER_UPDATE = 20;

  /** The default variant of the update slot: the package's update, inhibition driven by x(t). */
  public static final String DEFAULT_UPDATE = "slow-inhibition";
  /** The default variant of the noise slot: the package's Gaussian noise. */
  public static final String DEFAULT_NOISE = "gaussian";

  /**
   * The variant a slot uses when a run chooses none: the package's own rule, named as its slot
   * for plasticity slots.
   */
  public static String defaultVariant(String slot) {
    return switch (slot) {
      case UPDATE -> DEFAULT_UPDATE;
      case NOISE -> DEFAULT_NOISE;
      default -> slot;
    };
  }

  /** The five slots of the reference model, in step order. */
  public static final List<String> REFERENCE = List.of(STDP, IP, SP, ISTDP, SS);

  private Slots() {}
}
