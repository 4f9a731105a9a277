package org.sorn.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One network case of the golden vectors (test resources, folder {@code golden}): the command line
 * that replays it through {@code sorn run}, and what the package computed.
 */
final class GoldenCase {
  /** Every quantity the golden files record per step, in the names of the workbench's recorders. */
  static final List<String> RECORDERS =
      List.of(
          "ExcitatoryActivation",
          "InhibitoryActivation",
          "RecurrentActivation",
          "TE",
          "TI",
          "EEConnectionCounts",
          "EIConnectionCounts");

  /** The case's parameters that sorn run takes as options (--eta-stdp for eta_stdp, ...). */
  private static final List<String> HYPERPARAMETERS =
      List.of(
          "eta_stdp", "eta_inhib", "eta_ip", "te_min", "te_max", "ti_min", "ti_max", "mu_ip", "lambda_ee",
          "lambda_ei");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FOLDER = "golden";

  final String name;
  private final JsonNode golden;

  private GoldenCase(String name, JsonNode golden) {
    this.name = name;
    this.golden = golden;
  }

  /** The network cases {@code ne*.json} copied into the test resources, by file name. */
  static List<GoldenCase> all() throws IOException {
    URL folder = GoldenCase.class.getClassLoader().getResource(FOLDER);
    if (folder == null) {
      throw new IllegalStateException("the test resources have no folder " + FOLDER);
    }
    List<GoldenCase> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
      for (Path file : files.filter(GoldenCase::isNetworkCase).sorted().toList()) {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - ".json".length());
        cases.add(new GoldenCase(name, JSON.readTree(file.toFile())));
      }
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return cases;
  }

  private static boolean isNetworkCase(Path file) {
    String fileName = file.getFileName().toString();
    return fileName.startsWith("ne") && fileName.endsWith(".json");
  }

  /** The state after the last step: Wee, Wei, Wie, Te, Ti, X, Y. */
  JsonNode finalState() {
    return golden.get("final");
  }

  /** Per-step values by recorder name. */
  JsonNode callbacks() {
    return golden.get("callbacks");
  }

  /**
   * Writes the case's initial state and inputs into {@code folder} and returns the arguments of
   * {@code sorn} that replay it with results in {@code out}.
   */
  List<String> commandLine(Path folder, Path out) throws IOException {
    Path state = folder.resolve(name + "-state.json");
    Path input = folder.resolve(name + "-input.json");
    JSON.writeValue(state.toFile(), golden.get("initial"));
    JSON.writeValue(input.toFile(), golden.get("inputs"));

    JsonNode params = golden.get("params");
    List<String> arguments = new ArrayList<>();
    add(arguments, "run");
    add(arguments, "--ne", params.get("ne").asText());
    add(arguments, "--nu", params.get("nu").asText());
    add(arguments, "--steps", golden.get("timesteps").asText());
    add(arguments, "--noise", "off");
    add(arguments, "--phase", phase());
    List<String> frozen = new ArrayList<>();
    golden.get("freeze").forEach(mechanism -> frozen.add(mechanism.asText()));
    if (!frozen.isEmpty()) {
      add(arguments, "--freeze", String.join(",", frozen));
    }
    add(arguments, "--state", state.toString());
    add(arguments, "--input", input.toString());
    for (String parameter : HYPERPARAMETERS) {
      add(arguments, "--" + parameter.replace('_', '-'), params.get(parameter).asText());
    }
    add(arguments, "--seed", "1");
    add(arguments, "--record", String.join(",", RECORDERS));
    add(arguments, "--out", out.toString());
    return arguments;
  }

  // Simulator.run ignores the phase; only Trainer.run in the training phase runs without plasticity
  private String phase() {
    boolean training =
        golden.get("runner").asText().equals("Trainer.run") && golden.get("phase").asText().equals("training");
    return training ? "training" : "plasticity";
  }

  private static void add(List<String> arguments, String... words) {
    arguments.addAll(List.of(words));
  }

  @Override
  public String toString() {
    return name;
  }
}
