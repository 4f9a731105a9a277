package org.sorn.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader, enough for feature files: objects become {@code Map<String, Object>} (in
 * file order), arrays {@code List<Object>}, numbers {@code Long} or {@code Double}, and {@code
 * true}, {@code false}, {@code null} and strings their Java values. The launcher has no library
 * besides the framework, so it reads JSON itself.
 */
final class Json {
  private final String source;
  private final String text;
  private int at;

  private Json(String source, String text) {
    this.source = source;
    this.text = text;
  }

  /**
   * Reads one JSON value that fills {@code text}.
   *
   * @param source names the text in error messages, such as its file
   * @throws IllegalArgumentException naming the source, line and column of the first error
   */
  static Object parse(String source, String text) {
    Json json = new Json(source, text);
    Object value = json.value();
    json.skipWhitespace();
    if (json.at < text.length()) {
      throw json.error("expected the end of the text");
    }
    return value;
  }

  private Object value() {
    skipWhitespace();
    if (at >= text.length()) {
      throw error("expected a value");
    }
    char c = text.charAt(at);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("expected a value");
    }
  }

  private Map<String, Object> object() {
    Map<String, Object> members = new LinkedHashMap<>();
    at++;
    skipWhitespace();
    if (peek() == '}') {
      at++;
      return members;
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw error("expected a member name in double quotes");
      }
      String name = string();
      skipWhitespace();
      expect(':');
      members.put(name, value());
      skipWhitespace();
      if (peek() == ',') {
        at++;
      } else if (peek() == '}') {
        at++;
        return members;
      } else {
        throw error("expected ',' or '}'");
      }
    }
  }

  private List<Object> array() {
    List<Object> elements = new ArrayList<>();
    at++;
    skipWhitespace();
    if (peek() == ']') {
      at++;
      return elements;
    }
    while (true) {
      elements.add(value());
      skipWhitespace();
      if (peek() == ',') {
        at++;
      } else if (peek() == ']') {
        at++;
        return elements;
      } else {
        throw error("expected ',' or ']'");
      }
    }
  }

  private String string() {
    StringBuilder s = new StringBuilder();
    at++;
    while (true) {
      if (at >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return s.toString();
      }
      if (c != '\\') {
        s.append(c);
        continue;
      }
      if (at >= text.length()) {
        throw error("unterminated string");
      }
      char e = text.charAt(at++);
      switch (e) {
        case '"', '\\', '/' -> s.append(e);
        case 'b' -> s.append('\b');
        case 'f' -> s.append('\f');
        case 'n' -> s.append('\n');
        case 'r' -> s.append('\r');
        case 't' -> s.append('\t');
        case 'u' -> s.append(unicodeEscape());
        default -> throw error("unknown escape \\" + e);
      }
    }
  }

  private char unicodeEscape() {
    if (at + 4 > text.length()) {
      throw error("expected four hex digits after \\u");
    }
    try {
      char c = (char) Integer.parseInt(text.substring(at, at + 4), 16);
      at += 4;
      return c;
    } catch (NumberFormatException e) {
      throw error("expected four hex digits after \\u");
    }
  }

  private Number number() {
    int start = at;
    boolean integral = true;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '.' || c == 'e' || c == 'E') {
        integral = false;
      } else if (!(c == '-' || c == '+' || (c >= '0' && c <= '9'))) {
        break;
      }
      at++;
    }
    String digits = text.substring(start, at);
    try {
      return integral ? (Number) Long.parseLong(digits) : (Number) Double.parseDouble(digits);
    } catch (NumberFormatException e) {
      at = start;
      throw error("malformed number " + digits);
    }
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, at)) {
      throw error("expected a value");
    }
    at += word.length();
    return value;
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    at++;
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private void skipWhitespace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private IllegalArgumentException error(String expected) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < at && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new IllegalArgumentException(
        source + ": " + expected + " at line " + line + ", column " + column);
  }
}
