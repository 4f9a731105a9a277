package org.sorn.api.run;

import java.util.Map;

/**
 * A mechanism as a run used it, or as it is installed.
 *
 * @param slot the slot it fills
 * @param variant the variant's name
 * @param order its place in the step
 * @param bundle symbolic name of the bundle that provides it
 * @param bundleVersion that bundle's version
 * @param parameters the parameters in force (empty when it describes an installed mechanism)
 * @param fromStep the first step at which it was in force in the run (0 when installed)
 */
public record MechanismRecord(
    String slot,
    String variant,
    int order,
    String bundle,
    String bundleVersion,
    Map<String, Object> parameters,
    long fromStep) {}
