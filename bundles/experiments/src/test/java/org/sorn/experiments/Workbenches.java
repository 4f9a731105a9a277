package org.sorn.experiments;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.sorn.engine.SornWorkbench;
import org.sorn.ip.IntrinsicPlasticity;
import org.sorn.ip.unclamped.UnclampedIntrinsicPlasticity;
import org.sorn.istdp.InhibitorySpikeTimingDependentPlasticity;
import org.sorn.sn.SynapticNormalization;
import org.sorn.sp.StructuralPlasticity;
import org.sorn.stdp.SpikeTimingDependentPlasticity;
import org.sorn.update.fast.FastInhibitionUpdate;

/**
 * The engine outside OSGi with every mechanism the experiment needs, each configured with its
 * defaults as Declarative Services would do with no configuration.
 */
final class Workbenches {
  private Workbenches() {}

  static SornWorkbench withEveryMechanism() {
    SornWorkbench workbench = SornWorkbench.standalone();
    workbench.add(new FastInhibitionUpdate());
    for (Object mechanism :
        new Object[] {
          new SpikeTimingDependentPlasticity(), new IntrinsicPlasticity(), new StructuralPlasticity(),
          new InhibitorySpikeTimingDependentPlasticity(), new SynapticNormalization(),
          new UnclampedIntrinsicPlasticity()
        }) {
      workbench.add(withDefaults(mechanism));
    }
    return workbench;
  }

  /** Calls the component's configure(Config) with the Config annotation's default values. */
  private static Object withDefaults(Object component) {
    try {
      for (Method m : component.getClass().getDeclaredMethods()) {
        if (m.getName().equals("configure") && m.getParameterCount() == 1) {
          Class<?> type = m.getParameterTypes()[0];
          Object defaults =
              Proxy.newProxyInstance(
                  type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> method.getDefaultValue());
          m.setAccessible(true);
          m.invoke(component, defaults);
        }
      }
      return component;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot configure " + component, e);
    }
  }
}
