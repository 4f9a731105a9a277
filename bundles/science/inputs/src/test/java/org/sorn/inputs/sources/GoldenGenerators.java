package org.sorn.inputs.sources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The package's seeded generator outputs, copied from the shared golden vectors
 * (stats_input_generators.json, sorn v0.7.3): exact values need numpy's MT19937, so the tests
 * check that the package's outputs and ours share the same invariants.
 */
final class GoldenGenerators {
  private GoldenGenerators() {}

  static List<JsonNode> cases(String function) throws IOException {
    try (InputStream in = GoldenGenerators.class.getResourceAsStream("/stats_input_generators.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      List<JsonNode> cases = new ArrayList<>();
      for (JsonNode c : root.get("cases")) {
        if (c.get("function").asText().equals(function)) {
          cases.add(c);
        }
      }
      return cases;
    }
  }
}
