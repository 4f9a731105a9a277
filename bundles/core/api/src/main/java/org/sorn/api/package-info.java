/**
 * The SORN Workbench service provider interface.
 *
 * <p>Everything a bundle needs to take part in a simulation: the network state it may read and
 * change ({@link org.sorn.api.NetworkState}), plasticity mechanisms ({@link
 * org.sorn.api.PlasticityMechanism}), recorders that observe each step ({@link
 * org.sorn.api.Recorder}, {@link org.sorn.api.StepListener}), input sources ({@link
 * org.sorn.api.InputSource}), exporters ({@link org.sorn.api.Exporter}) and the description of a
 * run ({@link org.sorn.api.run.RunDescription}). The engine implements the provider types and
 * publishes {@link org.sorn.api.run.Workbench}.
 *
 * <p>Matrices are indexed [presynaptic][postsynaptic], as in the Python package {@code sorn}: a
 * column holds the incoming weights of one postsynaptic unit.
 */
@Export
@Version("2.1.0")
package org.sorn.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
