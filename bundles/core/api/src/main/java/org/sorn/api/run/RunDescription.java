package org.sorn.api.run;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sorn.api.Hyperparameters;
import org.sorn.api.Slots;

/**
 * Everything that defines a run, so that the same description and inputs give the same results
 * bit for bit. Immutable; made with {@link #builder()} (the package's defaults) or changed into a
 * new one with {@link #toBuilder()}:
 *
 * <pre>{@code
 * RunDescription d = RunDescription.builder().ne(400).seed(7).steps(10_000).noise(false).build();
 * RunDescription longer = d.toBuilder().steps(20_000).build();
 * }</pre>
 */
public final class RunDescription {
  private final int ne;
  private final int nu;
  private final long seed;
  private final long steps;
  private final Phase phase;
  private final Set<String> frozen;
  private final boolean noise;
  private final double noiseSigma;
  private final Map<String, Double> parameters;
  private final Map<String, String> variants;

  private RunDescription(Builder b) {
    this.ne = b.ne;
    this.nu = b.nu;
    this.seed = b.seed;
    this.steps = b.steps;
    this.phase = Objects.requireNonNull(b.phase, "phase");
    this.frozen = Collections.unmodifiableSet(new TreeSet<>(b.frozen));
    this.noise = b.noise;
    this.noiseSigma = b.noiseSigma;
    this.parameters = Collections.unmodifiableMap(new TreeMap<>(b.parameters));
    this.variants = Collections.unmodifiableMap(new TreeMap<>(b.variants));
  }

  /** A builder holding the package's defaults: ne=200, nu=10, seed 0, plasticity, noise 0.04. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this description's values. */
  public Builder toBuilder() {
    return new Builder()
        .ne(ne)
        .nu(nu)
        .seed(seed)
        .steps(steps)
        .phase(phase)
        .frozen(frozen)
        .noise(noise)
        .noiseSigma(noiseSigma)
        .parameters(parameters)
        .variants(variants);
  }

  /** The package's defaults with this seed and number of steps. */
  public static RunDescription defaults(long seed, long steps) {
    return builder().seed(seed).steps(steps).build();
  }

  /** Number of excitatory units. */
  public int ne() {
    return ne;
  }

  /** Number of input units (input drives excitatory units 0..nu-1). */
  public int nu() {
    return nu;
  }

  /** Seed of every random stream of the run. */
  public long seed() {
    return seed;
  }

  /** Number of time steps to simulate. */
  public long steps() {
    return steps;
  }

  /** Plasticity (mechanisms run) or training (none runs). */
  public Phase phase() {
    return phase;
  }

  /** Slots that do not run in the plasticity phase, such as {@code "sp"}; sorted. */
  public Set<String> frozen() {
    return frozen;
  }

  /** Whether Gaussian noise is added to the excitatory and inhibitory drives. */
  public boolean noise() {
    return noise;
  }

  /** Standard deviation of that noise. */
  public double noiseSigma() {
    return noiseSigma;
  }

  /**
   * Hyper-parameter values set for this run, by the names of {@link Hyperparameters} or of a lab
   * mechanism; a mechanism falls back on its own configuration for names absent here. Sorted.
   */
  public Map<String, Double> parameters() {
    return parameters;
  }

  /**
   * The chosen variant per slot (plasticity slots, {@link Slots#UPDATE}, {@link Slots#NOISE}); a
   * slot absent here uses its default provider. Sorted.
   */
  public Map<String, String> variants() {
    return variants;
  }

  /** The number of inhibitory units, {@code int(0.2*ne)} as in the package. */
  public int ni() {
    return Hyperparameters.inhibitoryCount(ne);
  }

  /** The value set for {@code name} in this run, or {@code fallback}. */
  public double parameter(String name, double fallback) {
    Double v = parameters.get(name);
    return v == null ? fallback : v;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RunDescription d
        && ne == d.ne
        && nu == d.nu
        && seed == d.seed
        && steps == d.steps
        && phase == d.phase
        && frozen.equals(d.frozen)
        && noise == d.noise
        && Double.compare(noiseSigma, d.noiseSigma) == 0
        && parameters.equals(d.parameters)
        && variants.equals(d.variants);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        ne, nu, seed, steps, phase, frozen, noise, noiseSigma, parameters, variants);
  }

  @Override
  public String toString() {
    return "RunDescription[ne=" + ne + ", nu=" + nu + ", seed=" + seed + ", steps=" + steps
        + ", phase=" + phase.label() + ", frozen=" + frozen + ", noise=" + noise
        + ", noiseSigma=" + noiseSigma + ", parameters=" + parameters + ", variants=" + variants
        + "]";
  }

  /** Collects a description's values; every setter returns the builder. Not thread-safe. */
  public static final class Builder {
    private int ne = Hyperparameters.DEFAULT_NE;
    private int nu = Hyperparameters.DEFAULT_NU;
    private long seed;
    private long steps;
    private Phase phase = Phase.PLASTICITY;
    private final Set<String> frozen = new TreeSet<>();
    private boolean noise = true;
    private double noiseSigma = Hyperparameters.DEFAULT_NOISE_SIGMA;
    private final Map<String, Double> parameters = new TreeMap<>();
    private final Map<String, String> variants = new TreeMap<>();

    private Builder() {}

    public Builder ne(int ne) {
      this.ne = ne;
      return this;
    }

    public Builder nu(int nu) {
      this.nu = nu;
      return this;
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public Builder steps(long steps) {
      this.steps = steps;
      return this;
    }

    public Builder phase(Phase phase) {
      this.phase = phase;
      return this;
    }

    /** Replaces the frozen slots; null is none. */
    public Builder frozen(Collection<String> slots) {
      frozen.clear();
      if (slots != null) {
        frozen.addAll(slots);
      }
      return this;
    }

    /** Adds one frozen slot. */
    public Builder freeze(String slot) {
      frozen.add(slot);
      return this;
    }

    public Builder noise(boolean noise) {
      this.noise = noise;
      return this;
    }

    public Builder noiseSigma(double sigma) {
      this.noiseSigma = sigma;
      return this;
    }

    /** Replaces the run's parameter values; null is none. */
    public Builder parameters(Map<String, Double> values) {
      parameters.clear();
      if (values != null) {
        parameters.putAll(values);
      }
      return this;
    }

    /** Sets one parameter's value for the run. */
    public Builder parameter(String name, double value) {
      parameters.put(name, value);
      return this;
    }

    /** Replaces the chosen variants; null is none. */
    public Builder variants(Map<String, String> bySlot) {
      variants.clear();
      if (bySlot != null) {
        variants.putAll(bySlot);
      }
      return this;
    }

    /** Chooses the provider {@code name} for {@code slot}. */
    public Builder variant(String slot, String name) {
      variants.put(slot, name);
      return this;
    }

    public RunDescription build() {
      return new RunDescription(this);
    }
  }
}
