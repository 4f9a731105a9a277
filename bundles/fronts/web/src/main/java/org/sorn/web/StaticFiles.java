package org.sorn.web;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The page's scripts, styles and uPlot, from this bundle's {@code static/} folder; public (they hold
 * no data), and the page itself needs the token.
 */
@Component(service = StaticFiles.class)
@HttpWhiteboardResource(pattern = "/static/*", prefix = "/static")
public class StaticFiles {}
