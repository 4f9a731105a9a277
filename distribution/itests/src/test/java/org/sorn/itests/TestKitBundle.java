package org.sorn.itests;

import static org.ops4j.pax.exam.CoreOptions.streamBundle;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.tinybundles.TinyBundles;
import org.osgi.framework.Constants;
import org.sorn.testkit.Snapshots;

/**
 * The test kit's {@link Snapshots} as a bundle built while the framework is set up: the kit is a
 * plain jar, and the test code that compares states runs inside the framework, which sees only what
 * bundles export. Snapshots uses the API alone, so the bundle imports {@code org.sorn.api} only.
 * Used outside the framework only (by {@link DistributionBundles}).
 */
final class TestKitBundle {
  private TestKitBundle() {}

  static Option snapshots() {
    return streamBundle(
        TinyBundles.bundle()
            .addClass(Snapshots.class)
            .symbolicName("sorn-testkit.snapshots")
            .setHeader(Constants.BUNDLE_MANIFESTVERSION, "2")
            .setHeader(Constants.EXPORT_PACKAGE, "org.sorn.testkit")
            .setHeader(Constants.IMPORT_PACKAGE, "org.sorn.api")
            .build(TinyBundles.rawBuilder()));
  }
}
