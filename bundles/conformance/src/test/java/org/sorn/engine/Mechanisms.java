package org.sorn.engine;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import org.sorn.api.PlasticityMechanism;

/** The five mechanism components as DS would activate them with no configuration. */
final class Mechanisms {
  private Mechanisms() {}

  static final List<String> COMPONENTS =
      List.of(
          "org.sorn.stdp.SpikeTimingDependentPlasticity",
          "org.sorn.ip.IntrinsicPlasticity",
          "org.sorn.sp.StructuralPlasticity",
          "org.sorn.istdp.InhibitorySpikeTimingDependentPlasticity",
          "org.sorn.sn.SynapticNormalization");

  /** Every reference mechanism, activated with its default configuration. */
  static List<PlasticityMechanism> reference() {
    return COMPONENTS.stream().map(Mechanisms::activate).toList();
  }

  /** Instantiates a component and calls its activation method with the defaults of its config. */
  static PlasticityMechanism activate(String className) {
    try {
      Class<?> type = Class.forName(className);
      Constructor<?> constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      Object component = constructor.newInstance();
      for (Method m : type.getDeclaredMethods()) {
        if (m.getParameterCount() == 1 && m.getParameterTypes()[0].isAnnotation()) {
          m.setAccessible(true);
          m.invoke(component, defaults(m.getParameterTypes()[0]));
          break;
        }
      }
      return (PlasticityMechanism) component;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot activate " + className, e);
    }
  }

  /** An instance of a configuration annotation whose every attribute has its default value. */
  private static Object defaults(Class<?> annotation) {
    return Proxy.newProxyInstance(
        annotation.getClassLoader(),
        new Class<?>[] {annotation},
        (proxy, method, args) -> {
          if (method.getDefaultValue() != null) {
            return method.getDefaultValue();
          }
          if (method.getName().equals("annotationType")) {
            return annotation;
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }
}
