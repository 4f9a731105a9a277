/**
 * The neuro-robotics demo of the SORN Workbench: a SORN as the state encoder of a cart-pole agent.
 *
 * <p>{@link org.sorn.cartpole.CartPole} is the classic control task (Barto, Sutton and Anderson
 * 1983) exactly as OpenAI gym's CartPole-v0/v1 computes it; {@link
 * org.sorn.cartpole.ObservationEncoder} turns an observation into input for pools of SORN units;
 * {@link org.sorn.cartpole.SornEncoder} runs a SORN in lock step with the environment; {@link
 * org.sorn.cartpole.SoftmaxPolicy} is a linear softmax policy trained by REINFORCE; {@link
 * org.sorn.cartpole.CartPoleExperiment} is the command behind {@code ./sorn experiment cartpole}.
 */
@Export
@Version("1.0.0")
package org.sorn.cartpole;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
