/**
 * The client API of the workbench: what a front (the command line, the console, the Python front,
 * the web workbench, sweeps and experiments) uses to describe, start, steer and inspect runs.
 *
 * <p>{@link org.sorn.api.run.Workbench} is the engine's service; {@link
 * org.sorn.api.run.Simulation} is one run in it; {@link org.sorn.api.run.RunDescription} (built
 * with {@link org.sorn.api.run.RunDescription#builder()}) is everything that defines a run. Lab
 * mechanism authors need none of this package beyond reading {@code RunDescription}.
 */
@Export
@Version("1.1.0")
package org.sorn.api.run;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
