package org.sorn.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Every request of the API needs the workbench's token: in {@code Authorization: Bearer TOKEN}
 * (curl, scripts), or in the cookie the page's address sets (the page). A request that changes
 * something and carries only the cookie must also carry the header {@code X-Sorn-Request} and, when
 * the browser names its origin, come from this server's own: a browser sends neither on a request
 * another site makes it send, so that such a request is refused (403) even with the cookie.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterPattern("/api/*")
public class ApiAccess implements Filter {
  /** The header the page sends with every request that changes something. */
  static final String PAGE_HEADER = "X-Sorn-Request";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Reference AccessToken token;

  @Override
  public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) resp;
    String authorization = request.getHeader("Authorization");
    if (authorization != null) {
      String bearer =
          authorization.startsWith("Bearer ") ? authorization.substring(7).strip() : null;
      if (!token.matches(bearer)) {
        refuse(response, 401, "the token in the Authorization header is not this workbench's");
        return;
      }
      chain.doFilter(request, response);
      return;
    }
    if (!token.matches(cookie(request, cookieName(request.getLocalPort())))) {
      refuse(
          response,
          401,
          "this API needs the workbench's token: send Authorization: Bearer TOKEN, the token of"
              + " the address sorn server printed");
      return;
    }
    if (!SAFE.contains(request.getMethod())) {
      String origin = request.getHeader("Origin");
      String own = request.getScheme() + "://" + request.getHeader("Host");
      if (request.getHeader(PAGE_HEADER) == null || (origin != null && !origin.equals(own))) {
        refuse(
            response,
            403,
            "a request that changes something needs the header " + PAGE_HEADER
                + " from the workbench's own page, or the Authorization header");
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /** The cookie of the workbench on {@code port}: cookies are per host, not per port. */
  static String cookieName(int port) {
    return "sorn-token-" + port;
  }

  /** The value of the cookie {@code name}, or null. */
  static String cookie(HttpServletRequest request, String name) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (c.getName().equals(name)) {
          return c.getValue();
        }
      }
    }
    return null;
  }

  private static void refuse(HttpServletResponse response, int status, String message)
      throws IOException {
    if (status == 401) {
      response.setHeader("WWW-Authenticate", "Bearer");
    }
    JsonServlet.send(response, status, Map.of("error", message));
  }
}
