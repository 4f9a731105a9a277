package org.sorn.web;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.sorn.api.command.OneLine;
import org.sorn.api.run.MechanismRecord;
import org.sorn.api.run.Workbench;

/**
 * {@code /api/bundles}: the bundles of the workbench with their version, state and the mechanisms
 * they provide; a lab bundle deployed by upload (installed, or updated when a bundle of that
 * name is there, and started; at most {@link #MAX_UPLOAD} bytes); a bundle stopped or started.
 * Uploads are installed in the running workbench only: a bundle that should come back at the next
 * start goes into deploy/.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/api/bundles", "/api/bundles/*"})
public class BundlesServlet extends JsonServlet {
  private static final long serialVersionUID = 1L;

  /** The largest bundle an upload may carry. */
  static final int MAX_UPLOAD = 16 << 20;
  /** Where an uploaded bundle is installed from, followed by its symbolic name. */
  static final String LOCATION = "sorn-web-upload:";

  @Reference transient Workbench workbench;

  private transient BundleContext context;

  @Activate
  void activate(BundleContext context) {
    this.context = context;
  }

  @Override
  void handle(String method, List<String> path, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    if (path.isEmpty()) {
      switch (method) {
        case "GET" -> send(response, 200, list());
        case "POST" -> upload(request, response);
        default -> throw notAllowed(method, "/api/bundles", "GET or POST");
      }
      return;
    }
    Bundle bundle = find(path.get(0));
    if (path.size() == 1 && method.equals("GET")) {
      send(response, 200, describe(bundle));
      return;
    }
    if (path.size() != 2 || !method.equals("POST")) {
      throw ApiError.notFound(
          "no such resource: " + method + " /api/bundles/" + String.join("/", path)
              + "; use GET /api/bundles/ID, POST /api/bundles/ID/start or /stop");
    }
    switch (path.get(1)) {
      case "start" -> start(bundle);
      case "stop" -> stop(bundle);
      default -> throw ApiError.notFound(
          "no action '" + path.get(1) + "' on a bundle; actions: start, stop");
    }
    send(response, 200, describe(bundle));
  }

  private List<Map<String, Object>> list() {
    Map<String, List<MechanismRecord>> mechanisms = mechanismsByBundle();
    Set<Long> needed = neededByThePage();
    List<Map<String, Object>> bundles = new ArrayList<>();
    for (Bundle b : context.getBundles()) {
      bundles.add(describe(b, mechanisms, needed));
    }
    return bundles;
  }

  private Map<String, Object> describe(Bundle b) {
    return describe(b, mechanismsByBundle(), neededByThePage());
  }

  private Map<String, List<MechanismRecord>> mechanismsByBundle() {
    Map<String, List<MechanismRecord>> by = new LinkedHashMap<>();
    for (MechanismRecord m : workbench.mechanisms()) {
      by.computeIfAbsent(m.bundle(), b -> new ArrayList<>()).add(m);
    }
    return by;
  }

  /**
   * A bundle as the API shows it: id, name, version, state, the mechanisms it provides, whether it
   * was uploaded, and whether the page may stop it ({@code needed}: those it may not).
   */
  static Map<String, Object> describe(
      Bundle b, Map<String, List<MechanismRecord>> mechanisms, Set<Long> needed) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", b.getBundleId());
    m.put("symbolic_name", b.getSymbolicName());
    m.put("version", b.getVersion().toString());
    m.put("name", b.getHeaders().get(Constants.BUNDLE_NAME));
    m.put("state", state(b.getState()));
    m.put("uploaded", b.getLocation().startsWith(LOCATION));
    m.put("stoppable", !needed.contains(b.getBundleId()));
    m.put("mechanisms",
        mechanisms.getOrDefault(b.getSymbolicName(), List.of()).stream()
            .map(r -> new TreeMap<>(Map.of("slot", r.slot(), "variant", r.variant())))
            .toList());
    return m;
  }

  static String state(int state) {
    return switch (state) {
      case Bundle.ACTIVE -> "active";
      case Bundle.RESOLVED -> "resolved";
      case Bundle.INSTALLED -> "installed";
      case Bundle.STARTING -> "starting";
      case Bundle.STOPPING -> "stopping";
      default -> "uninstalled";
    };
  }

  private Bundle find(String id) {
    Bundle b = null;
    try {
      b = context.getBundle(Long.parseLong(id));
    } catch (NumberFormatException e) {
      // said below
    }
    if (b == null) {
      throw ApiError.notFound("no bundle with id '" + id + "'; GET /api/bundles lists them");
    }
    return b;
  }

  /**
   * POST /api/bundles: the body is the bundle's jar. A bundle of the same symbolic name (uploaded
   * or not) is updated in place, as a lab rebuilding its bundle expects; otherwise it is installed.
   * Either way it is started; a new bundle that cannot start is uninstalled again.
   */
  private void upload(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getContentLengthLong() > MAX_UPLOAD) {
      throw tooLarge(MAX_UPLOAD, "a bundle");
    }
    byte[] jar = readAtMost(request.getInputStream(), MAX_UPLOAD, "a bundle");
    String name = symbolicName(jar);
    Bundle existing = null;
    for (Bundle b : context.getBundles()) {
      if (name.equals(b.getSymbolicName()) && b.getBundleId() != 0) {
        existing = b;
      }
    }
    if (existing != null) {
      refuseIfNeeded(existing, "replace");
    }
    Bundle bundle;
    try {
      if (existing != null) {
        existing.update(new ByteArrayInputStream(jar));
        bundle = existing;
      } else {
        bundle = context.installBundle(LOCATION + name, new ByteArrayInputStream(jar));
      }
    } catch (BundleException e) {
      throw ApiError.badRequest("cannot install " + name + ": " + OneLine.describe(e));
    }
    try {
      bundle.start();
    } catch (BundleException e) {
      if (existing == null) {
        uninstallQuietly(bundle);
      }
      throw ApiError.badRequest(name + " cannot start: " + OneLine.describe(e));
    }
    response.setHeader("Location", "/api/bundles/" + bundle.getBundleId());
    send(response, existing == null ? 201 : 200, describe(bundle));
  }

  /** The symbolic name in the jar's manifest, without its directives. */
  static String symbolicName(byte[] jar) {
    if (jar.length < 4 || jar[0] != 'P' || jar[1] != 'K' || jar[2] != 3 || jar[3] != 4) {
      throw ApiError.badRequest(
          "the upload is not a jar file; a bundle is a jar with an OSGi manifest");
    }
    Manifest manifest;
    try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
      manifest = in.getManifest();
    } catch (IOException e) {
      throw ApiError.badRequest("the upload is not a jar file: " + OneLine.describe(e));
    }
    String name =
        manifest == null
            ? null
            : manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
    if (name == null || name.isBlank()) {
      throw ApiError.badRequest(
          "the upload is not an OSGi bundle: its manifest has no " + Constants.BUNDLE_SYMBOLICNAME);
    }
    int directives = name.indexOf(';');
    return (directives < 0 ? name : name.substring(0, directives)).strip();
  }

  private void start(Bundle bundle) {
    try {
      bundle.start();
    } catch (BundleException | IllegalStateException e) {
      throw ApiError.badRequest(
          bundle.getSymbolicName() + " cannot start: " + OneLine.describe(e));
    }
  }

  private void stop(Bundle bundle) {
    refuseIfNeeded(bundle, "stop");
    try {
      bundle.stop();
    } catch (BundleException | IllegalStateException e) {
      throw ApiError.badRequest(bundle.getSymbolicName() + " cannot stop: " + OneLine.describe(e));
    }
  }

  /** The framework, this bundle and what it runs on stay: the page would go with them. */
  private void refuseIfNeeded(Bundle bundle, String what) {
    if (bundle.getBundleId() == 0) {
      throw ApiError.badRequest(
          "bundle 0 is the framework; stop the workbench with sorn:shutdown");
    }
    if (neededByThePage().contains(bundle.getBundleId())) {
      throw ApiError.badRequest(
          "the web workbench runs on " + bundle.getSymbolicName() + " (bundle "
              + bundle.getBundleId() + "): " + what + " it from the console (sorn attach)");
    }
  }

  /** The framework, this bundle, the bundles it is wired to, and the workbench service's bundle. */
  private Set<Long> neededByThePage() {
    Set<Long> ids = new TreeSet<>();
    ids.add(0L);
    Bundle self = context.getBundle();
    ids.add(self.getBundleId());
    BundleWiring wiring = self.adapt(BundleWiring.class);
    if (wiring != null) {
      for (BundleWire wire : wiring.getRequiredWires(null)) {
        ids.add(wire.getProvider().getBundle().getBundleId());
      }
    }
    ServiceReference<Workbench> engine = context.getServiceReference(Workbench.class);
    if (engine != null) {
      ids.add(engine.getBundle().getBundleId());
    }
    return ids;
  }

  private static void uninstallQuietly(Bundle bundle) {
    try {
      bundle.uninstall();
    } catch (BundleException | IllegalStateException e) {
      // what the user must hear about is why it did not start
    }
  }
}
