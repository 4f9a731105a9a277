package org.sorn.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/** The parts of a request the servlets read: bodies, run options, uploads, the token. */
class RequestPartsTest {

  static JsonNode json(String text) throws Exception {
    return JsonServlet.JSON.readTree(text);
  }

  @Test
  void runOptionsAreTheArgumentsGivenOrAnObjectOfOptions() throws Exception {
    assertEquals(
        List.of("--steps", "5", "--seed", "1"),
        RunArguments.of(json("{\"args\": [\"--steps\", \"5\", \"--seed\", \"1\"]}")));
    assertEquals(
        List.of("--steps=1000", "--eta-stdp=0.005", "--variant=stdp=stdp", "--quiet"),
        RunArguments.of(json(
            "{\"steps\": 1000, \"eta-stdp\": 0.005, \"variant\": \"stdp=stdp\", \"quiet\": true,"
                + " \"noise\": null, \"help\": false}")));
    assertEquals(
        "\"args\" must be the only field, an array of strings such as [\"--steps\", \"1000\"]",
        assertThrows(ApiError.class, () -> RunArguments.of(json("{\"args\": [], \"steps\": 5}")))
            .getMessage());
    assertEquals(
        "\"args\" must be an array of strings, got 5",
        assertThrows(ApiError.class, () -> RunArguments.of(json("{\"args\": [5]}"))).getMessage());
    assertEquals(
        "option \"steps\" must be a string, a number or a boolean, got [5]",
        assertThrows(ApiError.class, () -> RunArguments.of(json("{\"steps\": [5]}"))).getMessage());
  }

  static byte[] jar(Manifest manifest) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
      out.flush();
    }
    return bytes.toByteArray();
  }

  @Test
  void anUploadMustBeAJarWithASymbolicName() throws Exception {
    Manifest bundle = new Manifest();
    bundle.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    bundle.getMainAttributes().putValue("Bundle-SymbolicName", "org.lab.rule;singleton:=true");
    assertEquals("org.lab.rule", BundlesServlet.symbolicName(jar(bundle)));
    Manifest plain = new Manifest();
    plain.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    ApiError notBundle = assertThrows(ApiError.class, () -> BundlesServlet.symbolicName(jar(plain)));
    assertEquals(400, notBundle.status);
    assertEquals(
        "the upload is not an OSGi bundle: its manifest has no Bundle-SymbolicName", notBundle.getMessage());
    assertEquals(
        "the upload is not a jar file; a bundle is a jar with an OSGi manifest",
        assertThrows(ApiError.class, () -> BundlesServlet.symbolicName("hello".getBytes())).getMessage());
  }

  @Test
  void bodiesLargerThanTheLimitAreRefusedWith413() throws Exception {
    byte[] ok = JsonServlet.readAtMost(new ByteArrayInputStream(new byte[10]), 10, "a bundle");
    assertEquals(10, ok.length);
    ApiError large =
        assertThrows(
            ApiError.class,
            () -> JsonServlet.readAtMost(new ByteArrayInputStream(new byte[11]), 10, "a bundle"));
    assertEquals(413, large.status);
    assertEquals("a bundle larger than 10 bytes is refused", large.getMessage());
    assertEquals("16 MiB", JsonServlet.sizeText(BundlesServlet.MAX_UPLOAD));
  }

  @Test
  void pathsAreSplitIntoSegments() {
    assertEquals(List.of(), JsonServlet.segments(null));
    assertEquals(List.of(), JsonServlet.segments("/"));
    assertEquals(List.of("run-1", "pause"), JsonServlet.segments("/run-1/pause"));
    assertEquals(List.of("run-1", ""), JsonServlet.segments("/run-1/"));
  }

  @Test
  void theTokenIsRandomAndComparedWholly() {
    AccessToken a = new AccessToken();
    AccessToken b = new AccessToken();
    assertEquals(32, a.value().length());
    assertFalse(a.value().equals(b.value()));
    assertTrue(a.matches(a.value()));
    assertFalse(a.matches(a.value().substring(1)));
    assertFalse(a.matches(null));
    assertFalse(a.matches(""));
  }

  @Test
  void uPlotIsWhereTheChartLibraryServesItFrom() {
    // the WebJar's folder names its version: it must be the pom's (uplot.version)
    assertNotNull(ChartLibrary.class.getResource(ChartLibrary.FOLDER + "/uPlot.iife.min.js"));
    assertNotNull(ChartLibrary.class.getResource(ChartLibrary.FOLDER + "/uPlot.min.css"));
  }
}
