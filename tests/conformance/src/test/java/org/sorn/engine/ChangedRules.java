package org.sorn.engine;

import java.util.function.UnaryOperator;
import org.sorn.api.PlasticityMechanism;
import org.sorn.api.PlasticityRule;
import org.sorn.api.RunContext;

/** Another mechanism in its slot, variant and order, its rules changed by {@code change}. */
record ChangedRules(PlasticityMechanism inner, UnaryOperator<PlasticityRule> change)
    implements PlasticityMechanism {
  @Override
  public String slot() {
    return inner.slot();
  }

  @Override
  public String variant() {
    return inner.variant();
  }

  @Override
  public int order() {
    return inner.order();
  }

  @Override
  public PlasticityRule bind(RunContext run) {
    return change.apply(inner.bind(run));
  }
}
