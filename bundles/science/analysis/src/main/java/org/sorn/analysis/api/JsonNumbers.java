package org.sorn.analysis.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON has no NaN nor infinity: an undefined statistic is written as null. */
final class JsonNumbers {

  /** A copy of {@code value} with every non-finite double replaced by null. */
  static Object finite(Object value) {
    if (value instanceof Double d) {
      return Double.isFinite(d) ? d : null;
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(k, finite(v)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(v -> copy.add(finite(v)));
      return copy;
    }
    return value;
  }

  private JsonNumbers() {}
}
