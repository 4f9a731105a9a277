package org.sorn.shell;

import java.net.URI;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.sorn.shell.front.HttpFront;

/**
 * {@code sorn:web}: the web workbench from the console, with the options of {@code ./sorn server}:
 * {@code --http PORT} and {@code --http-bind ADDRESS}.
 */
@Component(
    service = WebCommand.class,
    property = {"osgi.command.scope=sorn", "osgi.command.function=web"})
public class WebCommand {

  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  volatile HttpFront web;

  /**
   * {@code sorn:web}: prints the web workbench's address, starting it on a free port of 127.0.0.1
   * when it does not listen yet; {@code sorn:web --http PORT [--http-bind ADDRESS]} starts it
   * there, or moves it there.
   */
  public void web(String... args) {
    Runs.guard(
        () -> {
          WebAddress asked = WebAddress.of(List.of(args), true);
          HttpFront front = web;
          URI now = front == null ? null : front.address();
          if (asked == null && now != null) {
            System.out.println("sorn: web workbench at " + now);
            return;
          }
          WebAddress where = asked != null ? asked : WebAddress.of(List.of(WebAddress.HTTP, "0"));
          where.serve(front, "sorn: ", System.out, System.err);
        });
  }
}
