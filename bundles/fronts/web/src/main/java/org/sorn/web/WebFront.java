package org.sorn.web;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import org.osgi.framework.Constants;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.servlet.runtime.HttpServiceRuntime;
import org.sorn.api.command.OneLine;
import org.sorn.shell.front.HttpFront;

/**
 * Starts the web workbench where {@code ./sorn server --http} or {@code sorn:web} asks: configures
 * the Jetty bundle (configuration PID {@code org.apache.felix.http}, off until then) to listen
 * there, waits until its HTTP runtime says it does, and begins watching the runs.
 */
@Component(service = {HttpFront.class, WebFront.class})
public class WebFront implements HttpFront {
  /** The Jetty bundle's configuration. */
  static final String JETTY = "org.apache.felix.http";

  static final String ENABLE = "org.apache.felix.http.enable";
  static final String HOST = "org.apache.felix.http.host";
  static final String PORT = "org.osgi.service.http.port";

  /** How long Jetty may take to (re)start on its new address. */
  private static final Duration START = Duration.ofSeconds(20);

  @Reference ConfigurationAdmin configurations;

  @Reference AccessToken token;

  @Reference LiveRuns live;

  private final Object runtimeChanged = new Object();
  private Map<String, Object> runtime; // the HTTP runtime's service properties, or null
  private URI address;
  private String asked; // "host port" of the address served now

  // Jetty's runtime comes and goes as Jetty (re)starts; its properties say where it listens
  @Reference(
      service = HttpServiceRuntime.class,
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY,
      updated = "runtimeUpdated",
      unbind = "runtimeLeft")
  void runtimeArrived(Map<String, Object> properties) {
    runtimeUpdated(properties);
  }

  void runtimeUpdated(Map<String, Object> properties) {
    synchronized (runtimeChanged) {
      runtime = Map.copyOf(properties);
      runtimeChanged.notifyAll();
    }
  }

  void runtimeLeft(Map<String, Object> properties) {
    synchronized (runtimeChanged) {
      Object leaving = properties.get(Constants.SERVICE_ID);
      if (runtime != null && runtime.get(Constants.SERVICE_ID).equals(leaving)) {
        runtime = null;
      }
      runtimeChanged.notifyAll();
    }
  }

  @Override
  public synchronized URI serve(InetAddress where, int port) {
    String here = where.getHostAddress() + " " + port;
    if (address != null && here.equals(asked)) {
      return address; // Jetty would not restart for the same settings
    }
    checkFree(where, port);
    Object before = serviceId();
    try {
      Configuration jetty = configurations.getConfiguration(JETTY, "?");
      Dictionary<String, Object> settings = new Hashtable<>();
      settings.put(ENABLE, "true");
      settings.put(HOST, where.getHostAddress());
      settings.put(PORT, Integer.toString(port));
      jetty.update(settings);
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot configure the HTTP server: " + OneLine.describe(e), e);
    }
    int listening = awaitRestart(before, port);
    if (listening <= 0) {
      throw new IllegalArgumentException(
          "the HTTP server did not start on " + where.getHostAddress() + " port " + port
              + " within " + START.toSeconds() + " s (its runtime: " + runtimeText() + ")");
    }
    address = URI.create("http://" + hostOf(where) + ":" + listening + "/?token=" + token.value());
    asked = here;
    live.start();
    return address;
  }

  @Override
  public synchronized URI address() {
    return address;
  }

  /** Turns the HTTP server off again when this bundle stops (it stays off at the next start). */
  @Deactivate
  synchronized void deactivate() {
    live.stop();
    if (address == null) {
      return;
    }
    address = null;
    asked = null;
    try {
      Configuration jetty = configurations.getConfiguration(JETTY, "?");
      Dictionary<String, Object> settings = new Hashtable<>();
      settings.put(ENABLE, "false");
      jetty.update(settings);
    } catch (IOException | RuntimeException e) {
      // the workbench is stopping; Jetty stops with it
    }
  }

  /** A clear answer for the usual failure, before Jetty tries (and logs what went wrong). */
  private static void checkFree(InetAddress where, int port) {
    if (port == 0) {
      return;
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(where, port));
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot listen on " + where.getHostAddress() + " port " + port + ": "
              + OneLine.describe(e));
    }
  }

  private String runtimeText() {
    synchronized (runtimeChanged) {
      return runtime == null
          ? "none"
          : "service " + runtime.get(Constants.SERVICE_ID) + ", port " + runtime.get(PORT);
    }
  }

  private Object serviceId() {
    synchronized (runtimeChanged) {
      return runtime == null ? null : runtime.get(Constants.SERVICE_ID);
    }
  }

  /**
   * Waits for a runtime registered after {@code before} (Jetty registers a new one each time it
   * starts) and returns the port it listens on, or -1 when none comes in time.
   */
  private int awaitRestart(Object before, int asked) {
    long deadline = System.nanoTime() + START.toNanos();
    synchronized (runtimeChanged) {
      while (true) {
        if (runtime != null && !runtime.get(Constants.SERVICE_ID).equals(before)) {
          int port = portOf(runtime);
          if (port > 0 && (asked == 0 || port == asked)) {
            return port;
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return -1;
        }
        try {
          runtimeChanged.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return -1;
        }
      }
    }
  }

  private static int portOf(Map<String, Object> properties) {
    try {
      return Integer.parseInt(String.valueOf(properties.get(PORT)));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The host part of the address to print: this machine's name when it listens everywhere. */
  static String hostOf(InetAddress where) {
    if (where.isAnyLocalAddress()) {
      try {
        return InetAddress.getLocalHost().getHostName();
      } catch (UnknownHostException e) {
        return "localhost";
      }
    }
    String host = where.getHostAddress();
    return where instanceof Inet6Address ? "[" + host + "]" : host;
  }
}
