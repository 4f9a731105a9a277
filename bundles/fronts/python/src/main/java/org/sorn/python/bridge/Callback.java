package org.sorn.python.bridge;

import java.nio.DoubleBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.List;
import org.sorn.api.StepView;
import org.sorn.api.SynapticWeights;
import org.sorn.api.fastpath.TrackedWeights;

/**
 * The package's callbacks (spec section 3), each with the size of one step's entry in 8-byte
 * elements and when in the step it is taken; plus {@code IEConnectionCounts}, whose class the
 * package has but cannot record.
 */
enum Callback {
  ExcitatoryActivation(false),
  InhibitoryActivation(false),
  RecurrentActivation(false),
  WEE(false),
  WEI(false),
  TE(false),
  TI(false),
  EEConnectionCounts(true),
  EIConnectionCounts(true),
  IEConnectionCounts(true);

  /** Taken at the start of the step, before plasticity, as int64; the others after the step. */
  final boolean count;

  Callback(boolean count) {
    this.count = count;
  }

  /** The 8-byte elements of one step's entry. */
  long entry(int ne, int ni) {
    return switch (this) {
      case ExcitatoryActivation, RecurrentActivation, TE -> ne;
      case InhibitoryActivation, TI -> ni;
      case WEE -> (long) ne * ne;
      case WEI -> (long) ni * ne;
      case EEConnectionCounts, EIConnectionCounts, IEConnectionCounts -> 1;
    };
  }

  /** Writes the count of the step into {@code out} at element {@code at}. */
  void writeCount(StepView step, LongBuffer out, int at) {
    SynapticWeights w = switch (this) {
      case EEConnectionCounts -> step.state().wee();
      case EIConnectionCounts -> step.state().wei();
      default -> step.state().wie();
    };
    out.put(at, TrackedWeights.of(w).countPositive());
  }

  /** Writes the step's entry (after its plasticity) into {@code out} from element {@code at}. */
  void writeEntry(StepView step, DoubleBuffer out, int at) {
    switch (this) {
      case ExcitatoryActivation -> flags(step.state().x().after(), out, at);
      case InhibitoryActivation -> flags(step.state().y().after(), out, at);
      case RecurrentActivation -> flags(step.recurrentActivation(), out, at);
      case WEE -> DenseState.writeMatrix(step.state().wee(), out, at);
      case WEI -> DenseState.writeMatrix(step.state().wei(), out, at);
      case TE -> out.put(at, step.state().te());
      case TI -> out.put(at, step.state().ti());
      default -> throw new IllegalStateException(name() + " is a count");
    }
  }

  private static void flags(boolean[] flags, DoubleBuffer out, int at) {
    for (int i = 0; i < flags.length; i++) {
      out.put(at + i, flags[i] ? 1.0 : 0.0);
    }
  }

  /**
   * The callbacks named, in the order given.
   *
   * @throws IllegalArgumentException naming an unknown or repeated name and the names there are
   */
  static List<Callback> named(String[] names) {
    Callback[] chosen = new Callback[names == null ? 0 : names.length];
    for (int i = 0; i < chosen.length; i++) {
      String name = names[i];
      chosen[i] = Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException(
              "callbacks: unknown callback '" + name + "', expected some of " + names()));
      for (int j = 0; j < i; j++) {
        if (chosen[j] == chosen[i]) {
          throw new IllegalArgumentException("callbacks: " + name + " is named twice");
        }
      }
    }
    return List.of(chosen);
  }

  static String names() {
    return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
  }
}
