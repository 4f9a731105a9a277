/**
 * The input source components of the bundle, one per generator; private to the bundle. Every
 * random source draws from the run's {@code input} stream, so that the same seed gives the same
 * input and {@code uniform} is the engine's default input bit for bit.
 */
package org.sorn.inputs.sources;
