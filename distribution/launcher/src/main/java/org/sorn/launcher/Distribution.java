package org.sorn.launcher;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The workbench folder that {@code mvn package} assembles: {@code lib/} (this launcher and the
 * framework), {@code bundles/}, {@code features/}, {@code conf/workbench.properties} and {@code
 * deploy/} (watched by FileInstall).
 */
final class Distribution {
  /** Written as {@code ${sorn.home}} in conf/workbench.properties. */
  static final String HOME_PROPERTY = "sorn.home";

  private final Path home;

  Distribution(Path home) {
    this.home = home.toAbsolutePath().normalize();
  }

  /** The distribution this launcher jar belongs to: {@code -Dsorn.home}, else lib/'s parent. */
  static Distribution locate() {
    String configured = System.getProperty(HOME_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return new Distribution(Path.of(configured));
    }
    try {
      Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return new Distribution(jar.getParent().getParent());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException(
          "cannot tell where the workbench is installed: set -D" + HOME_PROPERTY + "=<folder>");
    }
  }

  Path home() {
    return home;
  }

  Path bundles() {
    return home.resolve("bundles");
  }

  Path features() {
    return home.resolve("features");
  }

  Path deploy() {
    return home.resolve("deploy");
  }

  Path configuration() {
    return home.resolve("conf").resolve("workbench.properties");
  }

  /**
   * Reads the named features from {@code features/<name>.json}.
   *
   * @throws IllegalArgumentException naming an unknown feature and the ones there are
   */
  List<Feature> features(List<String> names) throws IOException {
    List<Feature> features = new ArrayList<>();
    for (String name : names) {
      Path file = features().resolve(name + ".json");
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException(
            "unknown feature '" + name + "': expected one of " + String.join(", ", featureNames()));
      }
      features.add(Feature.read(file));
    }
    return features;
  }

  /** The names of the features this distribution has, sorted. */
  List<String> featureNames() throws IOException {
    TreeSet<String> names = new TreeSet<>();
    if (Files.isDirectory(features())) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(features(), "*.json")) {
        for (Path file : files) {
          String fileName = file.getFileName().toString();
          names.add(fileName.substring(0, fileName.length() - ".json".length()));
        }
      }
    }
    return new ArrayList<>(names);
  }

  /**
   * The framework properties of conf/workbench.properties (none when the file is absent), with
   * {@code ${sorn.home}} replaced by this folder.
   */
  Map<String, String> frameworkProperties() throws IOException {
    Map<String, String> properties = new LinkedHashMap<>();
    if (!Files.isRegularFile(configuration())) {
      return properties;
    }
    Properties file = new Properties();
    try (Reader in = Files.newBufferedReader(configuration(), StandardCharsets.UTF_8)) {
      file.load(in);
    }
    String homePath = home.toString();
    for (String key : new TreeSet<>(file.stringPropertyNames())) {
      properties.put(key, file.getProperty(key).replace("${" + HOME_PROPERTY + "}", homePath));
    }
    return properties;
  }
}
