package org.sorn.testkit;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;

/**
 * A configuration annotation instance as Declarative Services builds one: the values given, else
 * the declared defaults.
 */
public final class TestConfig {
  private TestConfig() {}

  /**
   * An instance of {@code type} whose attributes take the values of {@code values} (by attribute
   * name, of the attribute's type) and the declared default for the others.
   */
  public static <A> A of(Class<A> type, Map<String, Object> values) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              if (method.getName().equals("annotationType")) {
                return type;
              }
              Object value = values.get(method.getName());
              if (value != null) {
                return value;
              }
              if (method.getDefaultValue() != null) {
                return method.getDefaultValue();
              }
              return objectMethod(type, values, proxy, method, args);
            }));
  }

  /** The configuration with every attribute at its default. */
  public static <A> A defaults(Class<A> type) {
    return of(type, Map.of());
  }

  // equals, hashCode and toString, so that a component may log or compare its configuration
  private static Object objectMethod(
      Class<?> type, Map<String, Object> values, Object proxy, Method method, Object[] args) {
    return switch (method.getName()) {
      case "equals" -> proxy == args[0];
      case "hashCode" -> System.identityHashCode(proxy);
      case "toString" -> "@" + type.getName() + values;
      default ->
          throw new IllegalArgumentException(
              type.getName() + "." + method.getName() + " has no default: give it a value");
    };
  }
}
