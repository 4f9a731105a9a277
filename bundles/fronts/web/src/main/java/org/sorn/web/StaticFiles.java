package org.sorn.web;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The page's scripts and styles, from this bundle's {@code static/} folder: public, they hold no
 * data; the page itself needs the token.
 */
@Component(service = StaticFiles.class)
@HttpWhiteboardResource(pattern = "/static/*", prefix = "/static")
public class StaticFiles {}
