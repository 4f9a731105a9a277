/**
 * What the shell offers the other fronts and asks of them: {@link org.sorn.shell.front.RunStarter}
 * starts runs from the options of {@code ./sorn run} exactly as the command line does (its
 * results folder, run.json, recorders, final state), so that a front does not parse or write them
 * again; {@link org.sorn.shell.front.RunEvents} shows a run's events as the shell records them;
 * {@link org.sorn.shell.front.HttpFront} is a front that {@code ./sorn server --http} and {@code
 * sorn:web} start on an HTTP port.
 */
@Export
@Version("1.0.0")
package org.sorn.shell.front;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
