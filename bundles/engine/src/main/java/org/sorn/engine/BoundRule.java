package org.sorn.engine;

import org.sorn.api.MechanismRecord;
import org.sorn.api.PlasticityRule;

/** A mechanism's rule as a run holds it, with what the run record says of it. */
record BoundRule(String slot, int order, PlasticityRule rule, MechanismRecord record) {}
