package org.sorn.cartpole;

import java.util.List;
import org.sorn.testkit.ReferenceWorkbench;

/** Runs the experiment outside OSGi, for measuring: java ... MeasureCartPole --episodes 300 ... */
public final class MeasureCartPole {
  private MeasureCartPole() {}

  public static void main(String[] args) {
    System.exit(CartPoleExperiment.run(List.of(args), ReferenceWorkbench.create(), System.out, System.err));
  }
}
