package org.sorn.shell;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.felix.service.command.Converter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Lets Felix's bundle commands ({@code headers 5}, {@code stop 5}, {@code start
 * org.sorn.stdp}, ...) take a bundle by id or symbolic name, and prints a bundle as {@code lb} names
 * it. The interactive console gets this from the Gogo shell bundle, which a server does not start:
 * without it, {@code ./sorn ctl stop 5} has no converter for its argument.
 */
@Component(service = Converter.class)
public class BundleArguments implements Converter {
  private BundleContext context;

  @Activate
  void activate(BundleContext context) {
    this.context = context;
  }

  @Override
  public Object convert(Class<?> desiredType, Object in) {
    if (desiredType == Bundle[].class) {
      // several bundles, or none (refresh without arguments: every bundle waiting for it)
      List<Object> given = in instanceof Collection<?> c ? new ArrayList<>(c) : in == null ? List.of() : List.of(in);
      Bundle[] bundles = new Bundle[given.size()];
      for (int i = 0; i < bundles.length; i++) {
        bundles[i] = bundle(given.get(i));
        if (bundles[i] == null) {
          return null;
        }
      }
      return bundles;
    }
    return desiredType == Bundle.class && in != null ? bundle(in) : null;
  }

  /** The bundle with this id, symbolic name or location, or null. */
  private Bundle bundle(Object in) {
    if (in instanceof Bundle b) {
      return b;
    }
    String text = in.toString().strip();
    try {
      return context.getBundle(Long.parseLong(text));
    } catch (NumberFormatException notAnId) {
      for (Bundle b : context.getBundles()) {
        if (text.equals(b.getSymbolicName()) || text.equals(b.getLocation())) {
          return b;
        }
      }
      return null;
    }
  }

  @Override
  public CharSequence format(Object target, int level, Converter escape) {
    if (target instanceof Bundle b) {
      return b.getSymbolicName() + " " + b.getVersion() + " [" + b.getBundleId() + "]";
    }
    return null;
  }
}
