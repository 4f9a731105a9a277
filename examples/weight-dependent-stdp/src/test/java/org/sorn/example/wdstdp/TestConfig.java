package org.sorn.example.wdstdp;

import java.lang.reflect.Proxy;
import java.util.Map;

/** Builds a configuration annotation as DS would: given values, else the declared defaults. */
final class TestConfig {

  static <A> A of(Class<A> type, Map<String, Object> values) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              if (method.getName().equals("annotationType")) {
                return type;
              }
              Object value = values.get(method.getName());
              return value != null ? value : method.getDefaultValue();
            }));
  }

  /** The configuration with every attribute at its default. */
  static <A> A defaults(Class<A> type) {
    return of(type, Map.of());
  }

  private TestConfig() {}
}
