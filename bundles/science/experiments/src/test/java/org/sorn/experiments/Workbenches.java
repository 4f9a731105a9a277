package org.sorn.experiments;

import org.sorn.engine.SornWorkbench;
import org.sorn.ip.unclamped.UnclampedIntrinsicPlasticity;
import org.sorn.sp.scaled.SizeScaledStructuralPlasticity;
import org.sorn.testkit.Mechanisms;
import org.sorn.update.fast.FastInhibitionUpdate;

/**
 * The engine outside OSGi with every mechanism the experiment needs, each configured with its
 * defaults as Declarative Services would do with no configuration.
 */
final class Workbenches {
  private Workbenches() {}

  static SornWorkbench withEveryMechanism() {
    SornWorkbench workbench = SornWorkbench.standalone();
    // providers in the order they were always added: the engine breaks ties by that order
    workbench.add(new FastInhibitionUpdate());
    Mechanisms.reference().forEach(workbench::add);
    workbench.add(Mechanisms.activated(new UnclampedIntrinsicPlasticity()));
    workbench.add(Mechanisms.activated(new SizeScaledStructuralPlasticity()));
    return workbench;
  }
}
