package org.sorn.web;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The page at {@code /}. Opened with {@code ?token=TOKEN} (the address sorn server prints), it sets
 * the token as a cookie the page's scripts cannot read ({@code HttpOnly}) and browsers send only
 * from this site ({@code SameSite=Strict}), and sends the browser to {@code /} so that the token
 * leaves the address bar; without the cookie the page says how to open it.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/")
public class PageServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final String INDEX = "/static/index.html";

  /** Scripts and styles from this server only (uPlot sets styles from script). */
  static final String POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
          + " frame-ancestors 'none'; form-action 'self'";

  @Reference transient AccessToken token;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.equals("/") && !path.equals("/index.html")) {
      text(response, 404, "no page " + path + " here; the web workbench is at /");
      return;
    }
    String given = request.getParameter("token");
    String cookie = ApiAccess.cookieName(request.getLocalPort());
    if (given != null) {
      if (!token.matches(given)) {
        text(
            response,
            401,
            "this is not the token of this workbench; open the address sorn server printed");
        return;
      }
      response.setHeader(
          "Set-Cookie", cookie + "=" + given + "; Path=/; HttpOnly; SameSite=Strict");
      response.setStatus(303);
      response.setHeader("Location", "/");
      return;
    }
    if (!token.matches(ApiAccess.cookie(request, cookie))) {
      text(
          response,
          401,
          "open the web workbench with the address sorn server printed:"
              + " http://HOST:PORT/?token=...");
      return;
    }
    try (InputStream page = PageServlet.class.getResourceAsStream(INDEX)) {
      byte[] html = page.readAllBytes();
      response.setContentType("text/html");
      response.setCharacterEncoding("UTF-8");
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Content-Security-Policy", POLICY);
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setContentLength(html.length);
      response.getOutputStream().write(html);
    }
  }

  private static void text(HttpServletResponse response, int status, String message)
      throws IOException {
    byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("text/plain");
    response.setCharacterEncoding("UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
