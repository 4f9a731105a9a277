package org.sorn.testkit;

import org.sorn.engine.SornWorkbench;

/**
 * The engine outside OSGi with the five reference mechanisms ({@link Mechanisms#reference}), as the
 * workbench runs when no configuration is given.
 */
public final class ReferenceWorkbench {
  private ReferenceWorkbench() {}

  /** A standalone workbench with the package's update and noise and the five mechanisms. */
  public static SornWorkbench create() {
    SornWorkbench workbench = SornWorkbench.standalone();
    Mechanisms.reference().forEach(workbench::add);
    return workbench;
  }
}
