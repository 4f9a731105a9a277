package org.sorn.web;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.sorn.api.run.Workbench;

/**
 * {@code GET /api/variants}: the updates, noise models and plasticity mechanisms installed now, in
 * step order, each with its slot, variant, order, bundle and version ({@code sorn:mechanisms}).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/variants")
public class VariantsServlet extends JsonServlet {
  private static final long serialVersionUID = 1L;

  @Reference transient Workbench workbench;

  @Override
  void handle(String method, List<String> path, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    if (!method.equals("GET")) {
      throw notAllowed(method, "/api/variants", "GET");
    }
    send(response, 200, workbench.mechanisms().stream().map(RunJson::mechanism).toList());
  }
}
