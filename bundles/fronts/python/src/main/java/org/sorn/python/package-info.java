/**
 * What the Python package {@code sorn_workbench} calls in the workbench's process (through JPype):
 * the service {@link org.sorn.python.PythonFront}. Arrays cross as direct {@link
 * java.nio.ByteBuffer}s over the caller's numpy memory, in native byte order, float64 unless said
 * otherwise: nothing is written to files and nothing is converted element by element. Runs go
 * through the {@code Workbench} service only. docs/python.md describes the Python side.
 */
@Export
@Version("1.0.0")
package org.sorn.python;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
