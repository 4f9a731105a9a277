package org.sorn.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A feature in the OSGi Feature Service (R8) JSON format, as far as the launcher needs it: a named
 * set of bundles with start orders.
 *
 * @param id the feature's id, {@code groupId:name:osgifeature:version}
 * @param name the feature's human name
 * @param description what the feature is for
 * @param bundles its bundles, in file order
 */
public record Feature(String id, String name, String description, List<FeatureBundle> bundles) {

  public Feature {
    bundles = List.copyOf(bundles);
  }

  /** Reads a feature file. */
  public static Feature read(Path file) throws IOException {
    return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  /**
   * Reads a feature from its JSON text.
   *
   * @param source names the text in error messages
   * @throws IllegalArgumentException naming the source and what is wrong, in one line
   */
  public static Feature parse(String source, String json) {
    if (!(Json.parse(source, json) instanceof Map<?, ?> feature)) {
      throw new IllegalArgumentException(source + ": a feature must be a JSON object");
    }
    Object formatVersion = feature.get("feature-resource-version");
    if (formatVersion != null && !"1.0".equals(formatVersion)) {
      throw new IllegalArgumentException(
          source + ": \"feature-resource-version\" must be \"1.0\", got " + formatVersion);
    }
    if (!(feature.get("id") instanceof String id)) {
      throw new IllegalArgumentException(source + ": a feature needs an \"id\" string");
    }
    Object entries = feature.containsKey("bundles") ? feature.get("bundles") : List.of();
    if (!(entries instanceof List<?> list)) {
      throw new IllegalArgumentException(source + ": \"bundles\" must be an array");
    }
    List<FeatureBundle> bundles = new ArrayList<>();
    for (Object entry : list) {
      bundles.add(FeatureBundle.of(source, entry));
    }
    return new Feature(id, text(feature, "name"), text(feature, "description"), bundles);
  }

  /**
   * The bundles of several features, each once, ordered by start order (file order within one
   * order). A bundle named by two features starts at the lower of their start orders.
   *
   * @throws IllegalArgumentException when two features name different versions of one artifact
   */
  public static List<FeatureBundle> union(List<Feature> features) {
    Map<String, FeatureBundle> byArtifact = new LinkedHashMap<>();
    for (Feature feature : features) {
      for (FeatureBundle bundle : feature.bundles()) {
        FeatureBundle seen = byArtifact.get(bundle.artifactKey());
        if (seen == null) {
          byArtifact.put(bundle.artifactKey(), bundle);
        } else if (!seen.version().equals(bundle.version())) {
          throw new IllegalArgumentException(
              "features name two versions of one bundle: " + seen.id() + " and " + bundle.id());
        } else if (bundle.startOrder() < seen.startOrder()
            || (bundle.interactive() != seen.interactive())) {
          byArtifact.put(
              bundle.artifactKey(),
              new FeatureBundle(
                  seen.groupId(),
                  seen.artifactId(),
                  seen.classifier(),
                  seen.version(),
                  Math.min(seen.startOrder(), bundle.startOrder()),
                  seen.interactive() && bundle.interactive()));
        }
      }
    }
    List<FeatureBundle> union = new ArrayList<>(byArtifact.values());
    union.sort(Comparator.comparingInt(FeatureBundle::startOrder));
    return union;
  }

  private static String text(Map<?, ?> feature, String member) {
    Object value = feature.get(member);
    return value instanceof String s ? s : "";
  }
}
