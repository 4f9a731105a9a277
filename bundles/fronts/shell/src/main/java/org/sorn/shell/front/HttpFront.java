package org.sorn.shell.front;

import java.net.InetAddress;
import java.net.URI;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A front served over HTTP (the web workbench), which {@code ./sorn server --http PORT} and the
 * console's {@code sorn:web} start.
 */
@ConsumerType
public interface HttpFront {

  /**
   * Listens on {@code address} and {@code port} (0 for a free port), or moves there when it
   * listens elsewhere, and returns the address to open, access token included.
   *
   * @throws IllegalArgumentException with one line when it cannot listen there (the port is in
   *     use, the address is not one of this machine's)
   */
  URI serve(InetAddress address, int port);

  /** The address to open while it listens (access token included), else null. */
  URI address();
}
