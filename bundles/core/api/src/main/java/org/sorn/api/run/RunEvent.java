package org.sorn.api.run;

/**
 * A change of a run's rules, applied between two steps: from step {@code step} on (the first step
 * computed with it), {@code slot} was as described.
 *
 * @param step the first step made under the change
 * @param kind what happened: "start", "variant", "parameters", "freeze", "unfreeze",
 *     "provider-lost", "provider-arrived", "pause", "resume", "stop"
 * @param slot the slot concerned, or null for the run as a whole
 * @param mechanism the provider in force for the slot from then on, or null (none / not a slot)
 * @param message one line for people
 */
public record RunEvent(
    long step, String kind, String slot, MechanismRecord mechanism, String message) {}
