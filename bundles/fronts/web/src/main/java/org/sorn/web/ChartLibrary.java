package org.sorn.web;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/** uPlot, the page's charts, at {@code /uplot/}: its files as its WebJar holds them. */
@Component(service = ChartLibrary.class)
@HttpWhiteboardResource(pattern = "/uplot/*", prefix = ChartLibrary.FOLDER)
public class ChartLibrary {
  /** Where the WebJar keeps uPlot's files; the version is the pom's uplot.version. */
  static final String FOLDER = "/META-INF/resources/webjars/uplot/1.6.30/dist";
}
