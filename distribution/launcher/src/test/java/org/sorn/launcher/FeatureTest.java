package org.sorn.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureTest {

  private static Feature feature(String bundles) {
    return Feature.parse(
        "f.json",
        "{\"feature-resource-version\": \"1.0\", \"id\": \"org.sorn:f:osgifeature:1\", \"name\": \"F\","
            + " \"bundles\": [" + bundles + "]}");
  }

  @Test
  void readsBundleEntriesWithStartOrderAndInteractiveMark() {
    Feature f =
        feature(
            "{\"id\": \"org.a:a.b:1.2.3\", \"start-order\": 2},"
                + " {\"id\": \"org.c:console:1.0\", \"start-order\": 10, \"sorn-interactive\": true},"
                + " {\"id\": \"org.d:lib:jar:linux:4\"}");
    assertEquals("org.sorn:f:osgifeature:1", f.id());
    assertEquals("F", f.name());
    FeatureBundle a = f.bundles().get(0);
    assertEquals("a.b-1.2.3.jar", a.fileName());
    assertEquals(2, a.startOrder());
    assertFalse(a.interactive());
    assertTrue(f.bundles().get(1).interactive());
    FeatureBundle classified = f.bundles().get(2);
    assertEquals("lib-4-linux.jar", classified.fileName());
    assertEquals(1, classified.startOrder(), "start order defaults to 1");
    assertEquals("org.d:lib:jar:linux:4", classified.id());
  }

  @Test
  void unionKeepsEachBundleOnceInStartOrder() {
    Feature core = feature("{\"id\": \"g:late:1\", \"start-order\": 5}, {\"id\": \"g:early:1\", \"start-order\": 1}");
    Feature extra = feature("{\"id\": \"g:late:1\", \"start-order\": 3}, {\"id\": \"g:mid:1\", \"start-order\": 2}");
    List<FeatureBundle> union = Feature.union(List.of(core, extra));
    assertEquals(
        List.of("g:early:1", "g:mid:1", "g:late:1"), union.stream().map(FeatureBundle::id).toList());
    assertEquals(3, union.get(2).startOrder(), "the lower start order wins");
  }

  @Test
  void unionRefusesTwoVersionsOfOneBundle() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Feature.union(List.of(feature("{\"id\": \"g:a:1\"}"), feature("{\"id\": \"g:a:2\"}"))));
    assertEquals("features name two versions of one bundle: g:a:1 and g:a:2", e.getMessage());
  }

  @Test
  void errorsNameTheFileAndTheEntry() {
    assertEquals(
        "f.json: bundle id \"g:a\" is not groupId:artifactId:version",
        assertThrows(IllegalArgumentException.class, () -> feature("{\"id\": \"g:a\"}")).getMessage());
    assertEquals(
        "f.json: \"start-order\" of g:a:1 must be a positive integer, got 0",
        assertThrows(IllegalArgumentException.class, () -> feature("{\"id\": \"g:a:1\", \"start-order\": 0}"))
            .getMessage());
    assertEquals(
        "x.json: expected ',' or '}' at line 1, column 12",
        assertThrows(IllegalArgumentException.class, () -> Feature.parse("x.json", "{\"id\": \"a\" \"b\"}"))
            .getMessage());
  }
}
