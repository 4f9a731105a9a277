/**
 * The {@code experiment} command and the counting-task protocol behind it; private to the bundle.
 * See docs/experiments.md.
 */
package org.sorn.experiments;
