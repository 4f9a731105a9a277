/**
 * The command SPI: a bundle adds a top-level {@code ./sorn <name>} command by publishing a {@link
 * org.sorn.api.command.Command} service; {@link org.sorn.api.command.OneLine} turns failures into
 * the one line a user sees.
 */
@Export
@Version("1.0.0")
package org.sorn.api.command;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
