package org.sorn.launcher;

import java.util.Map;

/**
 * One bundle entry of a feature.
 *
 * @param groupId Maven group of the bundle's artifact
 * @param artifactId Maven artifact, which also names the bundle's file
 * @param classifier Maven classifier, or empty
 * @param version Maven version
 * @param startOrder start level: the framework starts bundles in ascending order
 * @param interactive true for the console bundle, started only when the workbench is interactive
 *     (custom entry attribute {@value #INTERACTIVE})
 */
public record FeatureBundle(
    String groupId,
    String artifactId,
    String classifier,
    String version,
    int startOrder,
    boolean interactive) {

  /** The bundle entry attribute that marks the console bundle. */
  public static final String INTERACTIVE = "sorn-interactive";

  /** The entry's id as a feature writes it. */
  public String id() {
    return groupId + ":" + artifactId + (classifier.isEmpty() ? "" : ":jar:" + classifier) + ":" + version;
  }

  /** The file of this bundle in a bundles folder, as Maven names a copied dependency. */
  public String fileName() {
    return artifactId + "-" + version + (classifier.isEmpty() ? "" : "-" + classifier) + ".jar";
  }

  /** Identifies the artifact whatever its version. */
  String artifactKey() {
    return groupId + ":" + artifactId + ":" + classifier;
  }

  /** Reads one element of a feature's {@code bundles} array. */
  static FeatureBundle of(String source, Object entry) {
    if (!(entry instanceof Map<?, ?> attributes)) {
      throw new IllegalArgumentException(source + ": each bundle must be an object with an \"id\"");
    }
    Object id = attributes.get("id");
    if (!(id instanceof String text)) {
      throw new IllegalArgumentException(source + ": a bundle has no \"id\" string");
    }
    // groupId:artifactId[:type[:classifier]]:version, as the Feature Service specification writes it
    String[] parts = text.split(":", -1);
    if (parts.length < 3 || parts.length > 5 || text.contains("::") || text.endsWith(":")) {
      throw new IllegalArgumentException(
          source + ": bundle id \"" + text + "\" is not groupId:artifactId:version");
    }
    if (parts.length >= 4 && !parts[2].equals("jar")) {
      throw new IllegalArgumentException(
          source + ": bundle id \"" + text + "\" has type " + parts[2] + ", expected jar");
    }
    String classifier = parts.length == 5 ? parts[3] : "";
    return new FeatureBundle(
        parts[0],
        parts[1],
        classifier,
        parts[parts.length - 1],
        startOrder(source, text, attributes.get("start-order")),
        interactive(source, text, attributes.get(INTERACTIVE)));
  }

  private static int startOrder(String source, String id, Object value) {
    if (value == null) {
      return 1;
    }
    if (value instanceof Long order && order >= 1 && order <= Integer.MAX_VALUE) {
      return order.intValue();
    }
    throw new IllegalArgumentException(
        source + ": \"start-order\" of " + id + " must be a positive integer, got " + value);
  }

  private static boolean interactive(String source, String id, Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean flag) {
      return flag;
    }
    throw new IllegalArgumentException(
        source + ": \"" + INTERACTIVE + "\" of " + id + " must be true or false, got " + value);
  }
}
