package org.sorn.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void readsEveryKindOfValue() {
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("s", "a\"b\\c/\n\u00e9");
    expected.put("n", List.of(1L, -2L, 2.5, 1.0e3));
    expected.put("t", true);
    expected.put("f", false);
    expected.put("z", null);
    expected.put("o", Map.of());
    expected.put("a", List.of());
    Object actual =
        Json.parse(
            "t",
            " {\"s\": \"a\\\"b\\\\c\\/\\n\\u00e9\", \"n\": [1, -2, 2.5, 1e3], \"t\": true,"
                + " \"f\": false, \"z\": null, \"o\": {}, \"a\": [ ] } ");
    assertEquals(expected, actual);
    assertEquals(Arrays.asList(expected.keySet().toArray()), List.copyOf(((Map<?, ?>) actual).keySet()));
  }

  @Test
  void errorsSayWhereAndWhat() {
    assertEquals(
        "t: expected the end of the text at line 2, column 1",
        assertThrows(IllegalArgumentException.class, () -> Json.parse("t", "{}\n}")).getMessage());
    assertEquals(
        "t: unterminated string at line 1, column 5",
        assertThrows(IllegalArgumentException.class, () -> Json.parse("t", "[\"ab")).getMessage());
    assertEquals(
        "t: expected ',' or ']' at line 1, column 4",
        assertThrows(IllegalArgumentException.class, () -> Json.parse("t", "[1 2]")).getMessage());
    assertEquals(
        "t: expected a value at line 1, column 2",
        assertThrows(IllegalArgumentException.class, () -> Json.parse("t", "[tru]")).getMessage());
    assertEquals(
        "t: malformed number 1-2 at line 1, column 1",
        assertThrows(IllegalArgumentException.class, () -> Json.parse("t", "1-2")).getMessage());
  }
}
