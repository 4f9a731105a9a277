package org.sorn.engine;

import java.util.Map;
import org.sorn.api.NetworkUpdate;
import org.sorn.api.NoiseModel;
import org.sorn.api.PlasticityMechanism;
import org.sorn.api.RunContext;
import org.sorn.api.Slots;
import org.sorn.api.run.MechanismRecord;

/**
 * A service that can fill a slot of a run (an update, a noise model or a plasticity mechanism),
 * with what run records say of its origin.
 */
record Provider(
    Object service, String slot, String variant, int order, String bundle, String version,
    int ranking, long id) {

  static Provider of(Object service, String bundle, String version, int ranking, long id) {
    if (service instanceof PlasticityMechanism m) {
      return new Provider(m, m.slot(), m.variant(), m.order(), bundle, version, ranking, id);
    }
    if (service instanceof NetworkUpdate u) {
      return new Provider(u, Slots.UPDATE, u.variant(), Slots.ORDER_UPDATE, bundle, version, ranking, id);
    }
    if (service instanceof NoiseModel n) {
      return new Provider(n, Slots.NOISE, n.variant(), Slots.ORDER_NOISE, bundle, version, ranking, id);
    }
    throw new IllegalArgumentException("not a slot provider: " + service.getClass().getName());
  }

  /** Binds the provider to a run: a PlasticityRule, a NetworkUpdate.Rule or a NoiseModel.Noise. */
  Object bind(RunContext run) {
    if (service instanceof PlasticityMechanism m) {
      return m.bind(run);
    }
    if (service instanceof NetworkUpdate u) {
      return u.bind(run);
    }
    return ((NoiseModel) service).bind(run);
  }

  static Map<String, Object> parametersOf(Object rule) {
    if (rule instanceof org.sorn.api.PlasticityRule r) {
      return r.parameters();
    }
    if (rule instanceof NetworkUpdate.Rule r) {
      return r.parameters();
    }
    return ((NoiseModel.Noise) rule).parameters();
  }

  MechanismRecord record(Map<String, Object> parameters, long fromStep) {
    return new MechanismRecord(slot, variant, order, bundle, version, parameters, fromStep);
  }

  String label() {
    return variant + " (" + bundle + " " + version + ")";
  }
}
