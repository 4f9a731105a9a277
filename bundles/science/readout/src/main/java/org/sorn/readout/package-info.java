/**
 * Linear readouts, as the SORN papers judge a network: {@link org.sorn.readout.StateRecorder}
 * keeps the excitatory states of a window of steps, {@link org.sorn.readout.LinearReadout} maps a
 * state linearly to a score per class, fitted by least squares or ridge regression on training
 * states, and classifies held-out ones by the highest score.
 */
@Export
@Version("1.0.0")
package org.sorn.readout;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
