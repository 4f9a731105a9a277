package org.sorn.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@code ./sorn run} that a request's body stands for: either {@code {"args":
 * ["--steps", "1000", ...]}}, the arguments as typed, or an object of options by name, {@code
 * {"steps": 1000, "variant": "stdp=stdp", "quiet": true}}, where true gives a flag and false or
 * null leaves the option out. The shell checks them as it checks the command line.
 */
final class RunArguments {
  static final String ARGS = "args";

  static List<String> of(JsonNode body) {
    JsonNode raw = body.get(ARGS);
    if (raw != null) {
      if (body.size() > 1 || !raw.isArray()) {
        throw ApiError.badRequest(
            "\"args\" must be the only field, an array of strings such as [\"--steps\", \"1000\"]");
      }
      List<String> args = new ArrayList<>();
      for (JsonNode a : raw) {
        if (!a.isTextual()) {
          throw ApiError.badRequest("\"args\" must be an array of strings, got " + a);
        }
        args.add(a.asText());
      }
      return args;
    }
    List<String> args = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> option = it.next();
      String flag = "--" + option.getKey();
      JsonNode value = option.getValue();
      if (value.isNull() || (value.isBoolean() && !value.asBoolean())) {
        continue;
      }
      if (value.isBoolean()) {
        args.add(flag);
      } else if (value.isTextual() || value.isNumber()) {
        args.add(flag + "=" + value.asText());
      } else {
        throw ApiError.badRequest(
            "option \"" + option.getKey() + "\" must be a string, a number or a boolean, got "
                + value);
      }
    }
    return args;
  }

  private RunArguments() {}
}
