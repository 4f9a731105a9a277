/**
 * The command SPI: a bundle adds a top-level {@code ./sorn <name>} command by publishing a {@link
 * org.sorn.api.command.Command} service; {@link org.sorn.api.command.OneLine} turns failures into
 * the one line a user sees; {@link org.sorn.api.command.KeptFile} writes the files a user keeps,
 * aside and moved into place (1.1).
 */
@Export
@Version("1.1.0")
package org.sorn.api.command;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
