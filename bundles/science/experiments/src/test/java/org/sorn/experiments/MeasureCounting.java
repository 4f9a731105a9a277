package org.sorn.experiments;

import java.util.List;

/** Runs the experiment command outside OSGi (for measuring): java ... MeasureCounting counting ... */
public final class MeasureCounting {
  private MeasureCounting() {}

  public static void main(String[] args) {
    System.exit(new ExperimentCommand(Workbenches.withEveryMechanism()).run(List.of(args), System.out, System.err));
  }
}
