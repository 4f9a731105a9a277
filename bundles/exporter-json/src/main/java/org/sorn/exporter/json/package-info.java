/** The JSON exporter: a network state as one JSON object, laid out as the Python package's. */
package org.sorn.exporter.json;
