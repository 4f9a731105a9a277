package org.sorn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.sorn.api.PlasticityMechanism;

/** Each mechanism bundle brings its mechanism as one Declarative Services component. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MechanismComponentsIT {
  private static final List<String> MECHANISM_BUNDLES =
      List.of("org.sorn.stdp", "org.sorn.ip", "org.sorn.sp", "org.sorn.istdp", "org.sorn.sn");

  @Inject private BundleContext context;
  @Inject private ServiceComponentRuntime components;

  @Configuration
  public Option[] configuration() {
    return DistributionBundles.options();
  }

  @Test
  public void eachMechanismBundleHasExactlyOneActiveMechanismComponent() {
    for (String symbolicName : MECHANISM_BUNDLES) {
      Bundle bundle = bundle(symbolicName);
      List<ComponentDescriptionDTO> mechanisms =
          components.getComponentDescriptionDTOs(bundle).stream()
              .filter(d -> Arrays.asList(d.serviceInterfaces).contains(PlasticityMechanism.class.getName()))
              .toList();
      assertEquals(symbolicName + " mechanism components", 1, mechanisms.size());
      ComponentDescriptionDTO mechanism = mechanisms.get(0);
      assertTrue(symbolicName + " component enabled", components.isComponentEnabled(mechanism));
      assertTrue(
          symbolicName + " component satisfied",
          components.getComponentConfigurationDTOs(mechanism).stream()
              .anyMatch(c -> c.state == ComponentConfigurationDTO.ACTIVE || c.state == ComponentConfigurationDTO.SATISFIED));
    }
  }

  private Bundle bundle(String symbolicName) {
    Bundle found =
        Arrays.stream(context.getBundles())
            .filter(b -> symbolicName.equals(b.getSymbolicName()))
            .findFirst()
            .orElse(null);
    assertNotNull(symbolicName + " installed", found);
    assertEquals(symbolicName + " active", Bundle.ACTIVE, found.getState());
    return found;
  }
}
