package org.sorn.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleAssemblyTest {
  @TempDir Path root;
  private Path features;
  private Path pool;
  private Path bundles;

  @BeforeEach
  void folders() throws IOException {
    features = Files.createDirectories(root.resolve("features"));
    pool = Files.createDirectories(root.resolve("pool"));
    bundles = root.resolve("bundles");
  }

  private void feature(String name, String... ids) throws IOException {
    StringBuilder entries = new StringBuilder();
    for (String id : ids) {
      entries.append(entries.length() == 0 ? "" : ", ").append("{\"id\": \"").append(id).append("\"}");
    }
    Files.writeString(
        features.resolve(name + ".json"),
        "{\"id\": \"t:" + name + ":osgifeature:1\", \"bundles\": [" + entries + "]}");
  }

  private void bundleInPool(String artifact) throws IOException {
    TestWorkbench.writeBundle(pool.resolve(artifact + "-1.jar"), artifact, null, null);
  }

  @Test
  void copiesExactlyTheBundlesOfTheFeatures() throws IOException {
    feature("core", "g:a:1");
    feature("extra", "g:b:1");
    feature("default", "g:a:1", "g:b:1");
    bundleInPool("a");
    bundleInPool("b");
    bundleInPool("unused");
    Files.createDirectories(bundles);
    Files.writeString(bundles.resolve("stale-1.jar"), "left from an earlier build");

    assertEquals(2, BundleAssembly.assemble(features, pool, bundles));
    assertTrue(Files.exists(bundles.resolve("a-1.jar")));
    assertTrue(Files.exists(bundles.resolve("b-1.jar")));
    assertFalse(Files.exists(bundles.resolve("unused-1.jar")));
    assertFalse(Files.exists(bundles.resolve("stale-1.jar")));
  }

  @Test
  void failsWhenAFeatureNamesAJarThatIsNotThere() throws IOException {
    feature("default", "g:a:1", "g:missing:1");
    bundleInPool("a");

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> BundleAssembly.assemble(features, pool, bundles));
    assertTrue(e.getMessage().startsWith("features/default.json names g:missing:1 but "), e.getMessage());
  }

  @Test
  void failsWhenAJarIsNotABundle() throws IOException {
    feature("default", "g:plain:1");
    TestWorkbench.writePlainJar(pool.resolve("plain-1.jar"));

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> BundleAssembly.assemble(features, pool, bundles));
    assertTrue(e.getMessage().endsWith("plain-1.jar has no Bundle-SymbolicName: it is not an OSGi bundle; wrap it in one"),
        e.getMessage());
  }

  @Test
  void failsWhenDefaultIsNotTheUnionOfTheOthers() throws IOException {
    feature("core", "g:a:1");
    feature("extra", "g:b:1");
    feature("default", "g:a:1", "g:c:1");

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> BundleAssembly.assemble(features, pool, bundles));
    assertTrue(e.getMessage().endsWith("missing g:b:1 (start-order 1), extra g:c:1 (start-order 1)"), e.getMessage());
  }
}
