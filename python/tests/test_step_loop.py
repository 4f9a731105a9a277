"""A gym-style loop of 1,000 Trainer.run(timesteps=1) calls with the state passed back: the same
results as one run of 1,000 steps, in both phases."""

import numpy as np
import pytest

from sorn_workbench import Simulator, Trainer


@pytest.mark.parametrize("phase", ["plasticity", "training"])
def test_a_thousand_one_step_calls_are_one_run_of_a_thousand_steps(phase):
    rng = np.random.default_rng(7)
    start, _ = Simulator.run(inputs=rng.random((4, 1)), timesteps=1, ne=50, noise=False, seed=1)
    inputs = rng.random((4, 1000))
    # deterministic steps (no noise, no structural plasticity): any seed gives the same
    whole, callbacks = Trainer.run(inputs=inputs, phase=phase, state=start, timesteps=1000,
                                   noise=False, freeze=["sp"], callbacks=["ExcitatoryActivation"])
    state = start
    for t in range(1000):
        observation = inputs[:, t:t + 1]
        state, sim = Trainer.run(inputs=observation, phase=phase, state=state, timesteps=1,
                                 noise=False, freeze=["sp"], callbacks=["ExcitatoryActivation"])
        assert (sim["ExcitatoryActivation"][0] == callbacks["ExcitatoryActivation"][t]).all(), t
        if t == 500:
            # what an agent may do between calls: look, and change the state it passes back
            state = {k: v.copy() for k, v in state.items()}
            whole_until, _ = Trainer.run(inputs=inputs[:, 501:], phase=phase, state=state,
                                         timesteps=499, noise=False, freeze=["sp"])
    for key in whole:
        assert (state[key] == whole[key]).all(), key
        assert (whole_until[key] == whole[key]).all(), key


def test_each_call_returns_arrays_of_its_own():
    first, _ = Simulator.run(inputs=np.ones((4, 1)), timesteps=1, ne=30, noise=False, seed=2)
    second, _ = Trainer.run(inputs=np.ones((4, 1)), phase="plasticity", state=first, timesteps=1,
                            noise=False)
    kept = {k: v.copy() for k, v in first.items()}
    third, _ = Trainer.run(inputs=np.ones((4, 1)), phase="plasticity", state=second, timesteps=1,
                           noise=False)
    for key in first:
        assert (first[key] == kept[key]).all(), "a later call changes no array returned earlier"
        assert not np.shares_memory(third[key], second[key])
    # a state changed in place between calls is read as changed (one seed for both: a call
    # without one draws its own, and structural plasticity draws from it)
    changed = {k: v.copy() for k, v in second.items()}
    second["Te"][:] = 1.0
    changed["Te"][:] = 1.0
    a, _ = Trainer.run(inputs=np.ones((4, 1)), phase="plasticity", state=second, timesteps=1,
                       noise=False, seed=5)
    b, _ = Trainer.run(inputs=np.ones((4, 1)), phase="plasticity", state=changed, timesteps=1,
                       noise=False, seed=5)
    for key in a:
        assert (a[key] == b[key]).all(), key


def test_the_heap_starts_at_1_gib_unless_java_opts_size_it():
    from sorn_workbench._jvm import heap_options
    assert heap_options([]) == ["-Xms1g"]
    assert heap_options(["-Dx=1"]) == ["-Xms1g", "-Dx=1"]
    assert heap_options(["-Xmx512m"]) == ["-Xmx512m"]
    assert heap_options(["-Xms2g", "-Dx=1"]) == ["-Xms2g", "-Dx=1"]
    assert heap_options(["-XX:MaxHeapSize=300m"]) == ["-XX:MaxHeapSize=300m"]
