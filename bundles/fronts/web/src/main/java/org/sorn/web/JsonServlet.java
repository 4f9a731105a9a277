package org.sorn.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.sorn.api.command.OneLine;

/**
 * A servlet of the JSON API: the request's path below the servlet's as segments, answers and
 * errors as JSON ({@code {"error": "one line"}}), a user's mistake as 400 with its one line,
 * never a stack trace.
 */
abstract class JsonServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  static final ObjectMapper JSON =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  /** The largest JSON body accepted. */
  static final int MAX_JSON_BYTES = 1 << 20;

  /** Answers one request: {@code path} is what follows the servlet's pattern, split at "/". */
  abstract void handle(String method, List<String> path, HttpServletRequest request,
      HttpServletResponse response) throws IOException;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      handle(request.getMethod(), segments(request.getPathInfo()), request, response);
    } catch (ApiError e) {
      error(response, e.status, e.getMessage());
    } catch (IllegalArgumentException e) {
      error(response, 400, OneLine.describe(e));
    } catch (IllegalStateException e) { // the workbench could not do it: no exporter, a file
      error(response, 500, OneLine.describe(e));
    } catch (RuntimeException e) {
      error(response, 500, "internal error: " + OneLine.describe(e));
    }
  }

  static List<String> segments(String pathInfo) {
    if (pathInfo == null || pathInfo.equals("/") || pathInfo.isEmpty()) {
      return List.of();
    }
    return List.of(pathInfo.substring(1).split("/", -1));
  }

  static void send(HttpServletResponse response, int status, Object body) throws IOException {
    byte[] json = JSON.writeValueAsBytes(body);
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(json.length);
    response.getOutputStream().write(json);
  }

  static void error(HttpServletResponse response, int status, String message) throws IOException {
    if (!response.isCommitted()) {
      response.reset();
      send(response, status, Map.of("error", message));
    }
  }

  /** The method is not one this path answers. */
  static ApiError notAllowed(String method, String path, String allowed) {
    return new ApiError(405, method + " " + path + " is not supported; use " + allowed);
  }

  /**
   * The request's body as a JSON object (an empty body is an empty object).
   *
   * @throws ApiError 400 naming what was expected, 413 when it is larger than 1 MiB
   */
  static JsonNode body(HttpServletRequest request, String expected) throws IOException {
    if (request.getContentLengthLong() > MAX_JSON_BYTES) {
      throw tooLarge(MAX_JSON_BYTES, "a JSON body");
    }
    byte[] bytes = readAtMost(request.getInputStream(), MAX_JSON_BYTES, "a JSON body");
    if (bytes.length == 0) {
      return JSON.createObjectNode();
    }
    try {
      JsonNode node = JSON.readTree(bytes);
      if (node == null || !node.isObject()) {
        throw ApiError.badRequest("the body must be " + expected);
      }
      return node;
    } catch (JsonProcessingException e) {
      throw ApiError.badRequest(
          "the body must be " + expected + "; it is not JSON: "
              + OneLine.of(e.getOriginalMessage()));
    }
  }

  /**
   * Reads {@code in} to its end.
   *
   * @throws ApiError 413 when it holds more than {@code limit} bytes
   */
  static byte[] readAtMost(InputStream in, int limit, String what) throws IOException {
    byte[] bytes = in.readNBytes(limit + 1);
    if (bytes.length > limit) {
      throw tooLarge(limit, what);
    }
    return bytes;
  }

  static ApiError tooLarge(long limit, String what) {
    return new ApiError(413, what + " larger than " + sizeText(limit) + " is refused");
  }

  static String sizeText(long bytes) {
    return bytes % (1 << 20) == 0 ? bytes / (1 << 20) + " MiB" : bytes + " bytes";
  }

  /** A text field of a JSON body. */
  static String text(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw ApiError.badRequest("\"" + field + "\" must be a non-empty string");
    }
    return v.asText();
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
