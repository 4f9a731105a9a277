package org.sorn.experiments;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.sorn.api.Hyperparameters;
import org.sorn.api.Slots;
import org.sorn.api.run.Phase;
import org.sorn.api.run.RunDescription;
import org.sorn.inputs.SymbolPools;

/**
 * The network a counting experiment runs: the lab's (Lazar, Pipa and Triesch 2009 and the lab's
 * counting-task codes) or the Python package's. Both use the same task, pools and readout.
 */
enum Setup {
  /**
   * The lab's: STDP, IP and normalisation of W^EE only; inhibition computed from x(t+1); IP without
   * a clamp; W^EI as good as dense; T^E and T^I start below 0.5; no noise; learning rates 0.001.
   */
  LAB("lab", false, Set.of(Slots.SP, Slots.ISTDP)) {
    @Override
    Map<String, Double> parameters(int ne, int unitsPerSymbol) {
      Map<String, Double> p = new LinkedHashMap<>();
      p.put(Hyperparameters.ETA_STDP, 0.001);
      p.put(Hyperparameters.ETA_IP, 0.001);
      p.put(Hyperparameters.H_IP, targetRate(ne, unitsPerSymbol));
      p.put(Hyperparameters.TE_MIN, 0.0);
      p.put(Hyperparameters.TE_MAX, 0.5);
      p.put(Hyperparameters.TI_MIN, 0.0);
      p.put(Hyperparameters.TI_MAX, 0.5);
      p.put(Hyperparameters.LAMBDA_EE, 10.0);
      // the lab codes' W^EI is a full matrix; lambda_ei = ne connects each I unit to (nearly) all
      p.put(Hyperparameters.LAMBDA_EI, (double) ne);
      return p;
    }

    @Override
    Map<String, String> variants() {
      return Map.of(Slots.UPDATE, "fast-inhibition", Slots.IP, "ip-unclamped");
    }
  },
  /** The package's: its update, mechanisms, defaults and noise; only h_ip is set (see below). */
  PACKAGE("package", true, Set.of()) {
    @Override
    Map<String, Double> parameters(int ne, int unitsPerSymbol) {
      // the package's 2*nu/ne would count every symbol's pool (0.6 at nu = 60): its value at the
      // package's own nu = 10, ne = 200 is the papers' 2*N_U/ne
      return Map.of(Hyperparameters.H_IP, targetRate(ne, unitsPerSymbol));
    }

    @Override
    Map<String, String> variants() {
      return Map.of();
    }
  };

  private final String label;
  private final boolean noise;
  private final Set<String> neverPlastic;

  Setup(String label, boolean noise, Set<String> neverPlastic) {
    this.label = label;
    this.noise = noise;
    this.neverPlastic = neverPlastic;
  }

  String label() {
    return label;
  }

  boolean noise() {
    return noise;
  }

  /** Slots that no condition of this set-up lets run. */
  Set<String> neverPlastic() {
    return neverPlastic;
  }

  /** The run parameters of this set-up (beside the pools'). */
  abstract Map<String, Double> parameters(int ne, int unitsPerSymbol);

  /** The variants this set-up chooses. */
  abstract Map<String, String> variants();

  /** Lazar et al.'s target rate H_IP = 2 N_U / N_E. */
  static double targetRate(int ne, int unitsPerSymbol) {
    return 2.0 * unitsPerSymbol / ne;
  }

  /** A run of this set-up: {@code steps} steps of {@code phase}, with {@code frozen} slots. */
  RunDescription run(
      int ne, SymbolPools pools, long seed, long steps, Phase phase, Set<String> frozen) {
    Map<String, Double> p = new LinkedHashMap<>(parameters(ne, pools.unitsPerSymbol()));
    p.put(SymbolPools.UNITS_PER_SYMBOL, (double) pools.unitsPerSymbol());
    p.put(SymbolPools.SYMBOL_INPUT, pools.value());
    return RunDescription.builder()
        .ne(ne)
        .nu(pools.inputUnits())
        .seed(seed)
        .steps(steps)
        .phase(phase)
        .frozen(frozen)
        .noise(noise)
        .noiseSigma(Hyperparameters.DEFAULT_NOISE_SIGMA)
        .parameters(p)
        .variants(variants())
        .build();
  }

  /**
   * @throws IllegalArgumentException naming the known set-ups
   */
  static Setup parse(String text) {
    for (Setup s : values()) {
      if (s.label.equals(text)) {
        return s;
      }
    }
    throw new IllegalArgumentException("--setup takes lab or package, got '" + text + "'");
  }
}
