package org.sorn.launcher.testbundles;

import java.util.Hashtable;
import java.util.function.ToIntFunction;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Stands in for the shell bundle in launcher tests: {@code exit N} returns N, anything else prints
 * its arguments and returns 0.
 */
public final class CommandLineActivator implements BundleActivator {
  @Override
  public void start(BundleContext context) {
    Hashtable<String, Object> properties = new Hashtable<>();
    properties.put("sorn.cli", Boolean.TRUE);
    ToIntFunction<String[]> commandLine = CommandLineActivator::run;
    context.registerService(ToIntFunction.class, commandLine, properties);
  }

  @Override
  public void stop(BundleContext context) {}

  private static int run(String[] args) {
    if (args.length == 2 && args[0].equals("exit")) {
      return Integer.parseInt(args[1]);
    }
    System.out.println(String.join(" ", args));
    return 0;
  }
}
