/**
 * What the workbench's unit tests share, so that no bundle carries its own copy: a {@link
 * org.sorn.testkit.TestRun run context}, {@link org.sorn.testkit.TestStates small real states},
 * {@link org.sorn.testkit.TestConfig configuration instances}, {@link org.sorn.testkit.Mechanisms
 * mechanism components activated as Declarative Services would} (alone or in a {@link
 * org.sorn.testkit.ReferenceWorkbench workbench}), {@link org.sorn.testkit.Snapshots dense
 * snapshots} of a state, and a way to run {@link org.sorn.testkit.ExternalProgram other programs}
 * on what the workbench wrote.
 *
 * <p>Test scope only: this jar is not a bundle, is in no feature and does not ship with the
 * workbench. The example lab bundle keeps its own copies, so that a lab can build it standalone.
 */
package org.sorn.testkit;
