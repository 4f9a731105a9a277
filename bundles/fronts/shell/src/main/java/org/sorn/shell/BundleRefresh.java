package org.sorn.shell;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * {@code refresh} and {@code refresh ID...}, in place of Gogo's own (a higher ranking wins), whose
 * form without arguments throws a NullPointerException in Gogo 1.1: the bundles given, or those
 * waiting for a refresh (updated or uninstalled), are refreshed, and the command returns once they
 * are.
 */
@Component(
    service = BundleRefresh.class,
    property = {
      "osgi.command.scope=felix",
      "osgi.command.function=refresh",
      "service.ranking:Integer=100"
    })
public class BundleRefresh {
  private static final long WAIT_SECONDS = 60;

  private BundleContext context;

  @Activate
  void activate(BundleContext context) {
    this.context = context;
  }

  /** {@code refresh}: the bundles waiting for a refresh. */
  public void refresh() throws InterruptedException {
    refresh(null);
  }

  /** {@code refresh ID...}: these bundles and those that depend on them. */
  public void refresh(Bundle[] bundles) throws InterruptedException {
    List<Bundle> which = bundles == null || bundles.length == 0 ? null : Arrays.asList(bundles);
    CountDownLatch done = new CountDownLatch(1);
    context
        .getBundle(0)
        .adapt(FrameworkWiring.class)
        .refreshBundles(
            which,
            event -> {
              if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED
                  || event.getType() == FrameworkEvent.ERROR) {
                done.countDown();
              }
            });
    if (!done.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
      System.out.println("refresh goes on in the background");
    }
  }
}
