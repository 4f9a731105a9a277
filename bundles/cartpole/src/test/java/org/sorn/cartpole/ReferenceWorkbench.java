package org.sorn.cartpole;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.sorn.engine.SornWorkbench;
import org.sorn.ip.IntrinsicPlasticity;
import org.sorn.istdp.InhibitorySpikeTimingDependentPlasticity;
import org.sorn.sn.SynapticNormalization;
import org.sorn.sp.StructuralPlasticity;
import org.sorn.stdp.SpikeTimingDependentPlasticity;

/**
 * The engine outside OSGi with the five reference mechanisms, each activated with the defaults of
 * its configuration, as Declarative Services does when no configuration is given.
 */
final class ReferenceWorkbench {
  private ReferenceWorkbench() {}

  static SornWorkbench create() {
    SornWorkbench workbench = SornWorkbench.standalone();
    for (Object mechanism :
        new Object[] {
          new SpikeTimingDependentPlasticity(), new IntrinsicPlasticity(), new StructuralPlasticity(),
          new InhibitorySpikeTimingDependentPlasticity(), new SynapticNormalization()
        }) {
      workbench.add(activated(mechanism));
    }
    return workbench;
  }

  /** Calls the component's activation method with an instance of its Config whose every value is the default. */
  private static Object activated(Object component) {
    try {
      for (Method m : component.getClass().getDeclaredMethods()) {
        if (m.getParameterCount() == 1 && m.getParameterTypes()[0].isAnnotation()) {
          Class<?> config = m.getParameterTypes()[0];
          Object defaults =
              Proxy.newProxyInstance(
                  config.getClassLoader(), new Class<?>[] {config}, (p, method, args) -> method.getDefaultValue());
          m.setAccessible(true);
          m.invoke(component, defaults);
        }
      }
      return component;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot activate " + component.getClass().getName(), e);
    }
  }
}
