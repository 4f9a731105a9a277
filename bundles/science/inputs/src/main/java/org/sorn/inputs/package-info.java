/**
 * Symbol inputs for tasks: {@link org.sorn.inputs.SymbolPools} maps each symbol of an alphabet onto
 * its own pool of input units, and {@link org.sorn.inputs.SymbolInput} turns a symbol sequence into
 * the input of a run. The generators of the Python package (uniform, strong, multi-one-hot,
 * Gaussian) and fixed symbol sequences are {@link org.sorn.api.InputSource} services of this
 * bundle; see docs/inputs.md.
 */
@Export
@Version("1.0.0")
package org.sorn.inputs;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
