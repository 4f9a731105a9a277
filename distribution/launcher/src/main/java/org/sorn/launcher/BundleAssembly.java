package org.sorn.launcher;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Build step of the distribution: fills {@code bundles/} with exactly the bundles its features
 * name, taken from the jars Maven copied, and fails the build when a feature names a jar that is
 * not there, when a jar is not an OSGi bundle (Felix would install it as a nameless bundle that
 * exports nothing), or when the default feature is not the union of the others.
 *
 * <p>Usage: {@code BundleAssembly <features folder> <copied jars folder> <bundles folder>}.
 */
public final class BundleAssembly {
  private static final String DEFAULT = CommandLine.DEFAULT_FEATURE + ".json";

  private BundleAssembly() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException(
          "expected 3 arguments: <features folder> <copied jars folder> <bundles folder>, got "
              + args.length);
    }
    assemble(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
  }

  /**
   * Copies the features' bundles from {@code pool} into {@code bundles} (emptied first) and checks
   * them.
   *
   * @return the number of bundles copied
   * @throws IllegalStateException naming the first problem found
   */
  static int assemble(Path features, Path pool, Path bundles) throws IOException {
    Map<String, Feature> byFile = readFeatures(features);
    checkDefaultIsUnion(byFile);
    Files.createDirectories(bundles);
    for (Path stale : jars(bundles)) {
      Files.delete(stale);
    }
    Set<String> copied = new LinkedHashSet<>();
    for (Map.Entry<String, Feature> feature : byFile.entrySet()) {
      for (FeatureBundle bundle : feature.getValue().bundles()) {
        if (copied.add(bundle.fileName())) {
          copy(feature.getKey(), bundle, pool, bundles);
        }
      }
    }
    for (Path jar : jars(bundles)) {
      checkIsBundle(jar);
    }
    return copied.size();
  }

  private static Map<String, Feature> readFeatures(Path folder) throws IOException {
    Map<String, Feature> byFile = new LinkedHashMap<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
      for (Path file : files) {
        byFile.put("features/" + file.getFileName(), Feature.read(file));
      }
    }
    if (!byFile.containsKey("features/" + DEFAULT)) {
      throw new IllegalStateException("no features/" + DEFAULT + " in " + folder);
    }
    return byFile;
  }

  /** The launcher boots the default feature alone, so it must carry every other feature. */
  private static void checkDefaultIsUnion(Map<String, Feature> byFile) {
    List<Feature> others = new ArrayList<>();
    byFile.forEach((file, feature) -> {
      if (!file.endsWith("/" + DEFAULT)) {
        others.add(feature);
      }
    });
    if (others.isEmpty()) {
      return;
    }
    List<FeatureBundle> expected = Feature.union(others);
    List<FeatureBundle> actual = Feature.union(List.of(byFile.get("features/" + DEFAULT)));
    Set<FeatureBundle> missing = new LinkedHashSet<>(expected);
    missing.removeAll(actual);
    Set<FeatureBundle> extra = new LinkedHashSet<>(actual);
    extra.removeAll(expected);
    if (!missing.isEmpty() || !extra.isEmpty()) {
      throw new IllegalStateException(
          "features/" + DEFAULT + " must name exactly the bundles of the other features, with the same"
              + " start-order and sorn-interactive; missing " + ids(missing) + ", extra " + ids(extra));
    }
  }

  private static void copy(String featureFile, FeatureBundle bundle, Path pool, Path bundles)
      throws IOException {
    Path jar = pool.resolve(bundle.fileName());
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          featureFile + " names " + bundle.id() + " but " + jar
              + " was not built or copied: declare it as a dependency of distribution/pom.xml");
    }
    Files.copy(jar, bundles.resolve(bundle.fileName()), StandardCopyOption.REPLACE_EXISTING);
  }

  private static void checkIsBundle(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      Manifest manifest = file.getManifest();
      String name =
          manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
      if (name == null || name.isBlank()) {
        throw new IllegalStateException(
            jar + " has no Bundle-SymbolicName: it is not an OSGi bundle; wrap it in one");
      }
    }
  }

  private static List<Path> jars(Path folder) throws IOException {
    List<Path> jars = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.jar")) {
      files.forEach(jars::add);
    }
    return jars;
  }

  private static String ids(Set<FeatureBundle> bundles) {
    if (bundles.isEmpty()) {
      return "none";
    }
    List<String> ids = new ArrayList<>();
    bundles.forEach(bundle -> ids.add(bundle.id() + " (start-order " + bundle.startOrder() + ")"));
    return String.join(", ", ids);
  }
}
