package org.sorn.launcher.testbundles;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

/** Stands in for the Gogo console in launcher tests: the user types exit at once. */
public final class ConsoleActivator implements BundleActivator {
  @Override
  public void start(BundleContext context) {
    Thread console = new Thread(() -> stopFramework(context), "test-console");
    console.start();
  }

  @Override
  public void stop(BundleContext context) {}

  private static void stopFramework(BundleContext context) {
    try {
      context.getBundle(0).stop();
    } catch (BundleException e) {
      throw new IllegalStateException(e);
    }
  }
}
