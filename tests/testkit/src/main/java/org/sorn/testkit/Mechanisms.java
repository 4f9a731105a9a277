package org.sorn.testkit;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.sorn.api.PlasticityMechanism;

/**
 * Mechanism components (any DS component with a typed configuration) activated outside OSGi as
 * Declarative Services does when no configuration is given: the activation method receives the
 * configuration's defaults.
 */
public final class Mechanisms {
  private Mechanisms() {}

  /**
   * The package's five mechanisms, by class name: the kit cannot depend on their bundles (their
   * tests use the kit), so a test that asks for them has them on its own class path.
   */
  public static final List<String> REFERENCE =
      List.of(
          "org.sorn.stdp.SpikeTimingDependentPlasticity",
          "org.sorn.ip.IntrinsicPlasticity",
          "org.sorn.sp.StructuralPlasticity",
          "org.sorn.istdp.InhibitorySpikeTimingDependentPlasticity",
          "org.sorn.sn.SynapticNormalization");

  /** Every reference mechanism, in the order of {@link #REFERENCE}, activated with its defaults. */
  public static List<PlasticityMechanism> reference() {
    return REFERENCE.stream().map(Mechanisms::activate).toList();
  }

  /** Instantiates the component {@code className} and activates it with its defaults. */
  public static PlasticityMechanism activate(String className) {
    try {
      Constructor<?> constructor = Class.forName(className).getDeclaredConstructor();
      constructor.setAccessible(true);
      return (PlasticityMechanism) activated(constructor.newInstance());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot activate " + className, e);
    }
  }

  /**
   * Calls the component's activation method, the one taking a configuration annotation, with the
   * defaults of that annotation; a component without one is returned as it is.
   */
  public static <T> T activated(T component) {
    List<Method> activation = new ArrayList<>();
    for (Method m : component.getClass().getDeclaredMethods()) {
      if (m.getParameterCount() == 1 && m.getParameterTypes()[0].isAnnotation()) {
        activation.add(m);
      }
    }
    if (activation.size() > 1) {
      throw new IllegalArgumentException(
          component.getClass().getName()
              + " has "
              + activation.size()
              + " methods taking a configuration, expected one: "
              + activation);
    }
    try {
      for (Method m : activation) {
        m.setAccessible(true);
        m.invoke(component, TestConfig.defaults(m.getParameterTypes()[0]));
      }
      return component;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot activate " + component.getClass().getName(), e);
    }
  }
}
