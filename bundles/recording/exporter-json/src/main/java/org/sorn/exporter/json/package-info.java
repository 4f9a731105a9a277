/**
 * The JSON exporter: a network state as one JSON object, and recordings as one JSON array per
 * recorder, laid out as the Python package's.
 */
package org.sorn.exporter.json;
