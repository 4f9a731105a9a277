package org.sorn.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Builds small distributions and bundles for the launcher's tests. */
final class TestWorkbench {
  private final Path home;
  private final List<String> entries = new ArrayList<>();

  TestWorkbench(Path home) throws IOException {
    this.home = home;
    Files.createDirectories(home.resolve("bundles"));
    Files.createDirectories(home.resolve("features"));
    Files.createDirectories(home.resolve("conf"));
  }

  Distribution distribution() {
    return new Distribution(home);
  }

  Path home() {
    return home;
  }

  /** Adds a bundle with {@code activator} (null for none) and {@code imports} to the next feature. */
  TestWorkbench bundle(String name, int startOrder, boolean interactive, Class<?> activator, String imports)
      throws IOException {
    writeBundle(home.resolve("bundles").resolve(name + "-1.0.0.jar"), name, activator, imports);
    entries.add(
        "{\"id\": \"test:" + name + ":1.0.0\", \"start-order\": " + startOrder
            + (interactive ? ", \"sorn-interactive\": true" : "") + "}");
    return this;
  }

  /** Writes the bundles added so far as features/{name}.json and starts a new list. */
  TestWorkbench feature(String name) throws IOException {
    String json =
        "{\"feature-resource-version\": \"1.0\", \"id\": \"test:" + name + ":osgifeature:1\","
            + " \"bundles\": [" + String.join(", ", entries) + "]}";
    Files.writeString(home.resolve("features").resolve(name + ".json"), json);
    entries.clear();
    return this;
  }

  TestWorkbench configuration(String properties) throws IOException {
    Files.writeString(home.resolve("conf").resolve("workbench.properties"), properties);
    return this;
  }

  /** A bundle jar holding {@code activator}'s class file (it must need no other class of ours). */
  static void writeBundle(Path jar, String symbolicName, Class<?> activator, String imports)
      throws IOException {
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.putValue("Bundle-ManifestVersion", "2");
    main.putValue("Bundle-SymbolicName", symbolicName);
    main.putValue("Bundle-Version", "1.0.0");
    if (imports != null) {
      main.putValue("Import-Package", imports);
    }
    if (activator != null) {
      main.putValue("Bundle-Activator", activator.getName());
    }
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest)) {
      if (activator != null) {
        String path = activator.getName().replace('.', '/') + ".class";
        out.putNextEntry(new JarEntry(path));
        try (InputStream in = activator.getClassLoader().getResourceAsStream(path)) {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
  }

  /** A jar with a plain manifest: not a bundle. */
  static void writePlainJar(Path jar) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest)) {
      out.putNextEntry(new JarEntry("readme.txt"));
      out.write("not a bundle".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
  }
}
