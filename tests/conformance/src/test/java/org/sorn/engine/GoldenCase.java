package org.sorn.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.sorn.api.Hyperparameters;
import org.sorn.api.InputSequence;
import org.sorn.api.NetworkSnapshot;
import org.sorn.api.run.Phase;
import org.sorn.api.run.RunDescription;

/** One golden network case of the Python package, read from the test resources. */
final class GoldenCase {
  final String name;
  final JsonNode json;

  private GoldenCase(String name, JsonNode json) {
    this.name = name;
    this.json = json;
  }

  static GoldenCase load(String name) {
    try (InputStream in = GoldenCase.class.getResourceAsStream("/golden/" + name + ".json")) {
      if (in == null) {
        throw new IllegalStateException("no golden case " + name);
      }
      return new GoldenCase(name, new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int ne() {
    return json.at("/params/ne").asInt();
  }

  int nu() {
    return json.at("/params/nu").asInt();
  }

  int steps() {
    return json.get("timesteps").asInt();
  }

  boolean isTrace() {
    return json.has("injected");
  }

  /** Plasticity is off only for Trainer.run in the training phase; Simulator.run ignores phase. */
  Phase phase() {
    boolean trainer = "Trainer.run".equals(json.get("runner").asText());
    return trainer && "training".equals(json.get("phase").asText())
        ? Phase.TRAINING
        : Phase.PLASTICITY;
  }

  RunDescription description() {
    Map<String, Double> parameters = new HashMap<>();
    for (String name : Hyperparameters.NAMES) {
      JsonNode v = json.at("/params/" + name);
      if (!v.isMissingNode()) {
        parameters.put(name, v.asDouble());
      }
    }
    Set<String> frozen = new LinkedHashSet<>();
    json.get("freeze").forEach(n -> frozen.add(n.asText()));
    return RunDescription.builder()
        .ne(ne())
        .nu(nu())
        .seed(1)
        .steps(steps())
        .phase(phase())
        .frozen(frozen)
        .noise(json.get("noise").asBoolean())
        .noiseSigma(Hyperparameters.DEFAULT_NOISE_SIGMA)
        .parameters(parameters)
        .build();
  }

  InputSequence input() {
    double[][] inputs = matrix(json.get("inputs"));
    return new InputSequence() {
      @Override
      public void fill(long step, double[] u) {
        for (int i = 0; i < u.length; i++) {
          u[i] = inputs[i][(int) step];
        }
      }

      @Override
      public long length() {
        return inputs[0].length;
      }
    };
  }

  NetworkSnapshot state(String which) {
    JsonNode s = json.get(which);
    NetworkSnapshot snapshot = new NetworkSnapshot();
    snapshot.wee = matrix(s.get("Wee"));
    snapshot.wei = matrix(s.get("Wei"));
    snapshot.wie = matrix(s.get("Wie"));
    snapshot.te = vector(s.get("Te"));
    snapshot.ti = vector(s.get("Ti"));
    snapshot.x = matrix(s.get("X"));
    snapshot.y = matrix(s.get("Y"));
    return snapshot;
  }

  double[][] callbackMatrix(String name) {
    return matrix(json.at("/callbacks/" + name));
  }

  static double[][] matrix(JsonNode rows) {
    double[][] m = new double[rows.size()][];
    for (int r = 0; r < m.length; r++) {
      m[r] = vector(rows.get(r));
    }
    return m;
  }

  static double[] vector(JsonNode values) {
    double[] v = new double[values.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = values.get(i).asDouble();
    }
    return v;
  }
}
