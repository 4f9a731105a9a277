/** The tasks as input sources (components private to the bundle). */
package org.sorn.tasks.inputs;
