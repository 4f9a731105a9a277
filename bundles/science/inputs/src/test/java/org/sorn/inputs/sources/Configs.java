package org.sorn.inputs.sources;

import java.lang.reflect.Proxy;
import java.util.Map;

/** Component configurations for unit tests: the annotation's defaults, with some values replaced. */
final class Configs {
  private Configs() {}

  static <A> A of(Class<A> type, Map<String, Object> values) {
    Object proxy =
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (p, method, args) ->
                values.containsKey(method.getName())
                    ? values.get(method.getName())
                    : method.getDefaultValue());
    return type.cast(proxy);
  }

  static <A> A defaults(Class<A> type) {
    return of(type, Map.of());
  }
}
