"""Bad input is a Python exception with one line naming the input; the workbench stays usable."""

import numpy as np
import pytest

from sorn_workbench import Simulator, Trainer


@pytest.fixture(scope="module")
def state():
    return Simulator.run(inputs=np.random.rand(10, 2), timesteps=2, noise=False, seed=4)[0]


def one_line(error):
    text = str(error.value)
    assert "\n" not in text and "Exception" not in text and "java" not in text, text
    return text


def works():
    """The next call after an error gives a result."""
    s, sim = Simulator.run(inputs=np.random.rand(10, 3), timesteps=3, noise=False, seed=1,
                           callbacks=["ExcitatoryActivation"])
    assert sim["ExcitatoryActivation"].shape == (3, 200)


def test_an_input_of_the_wrong_shape(state):
    with pytest.raises(ValueError) as e:
        Simulator.run(inputs=np.random.rand(10), state=state, timesteps=1)
    assert one_line(e) == "inputs must be a 2-D array of shape (nu, timesteps), got shape (10,)"
    with pytest.raises(ValueError) as e:
        Simulator.run(inputs=np.random.rand(10, 3), state=state, timesteps=5)
    assert one_line(e) == "inputs has 3 columns (time steps), timesteps=5 needs at least 5"
    with pytest.raises(ValueError) as e:
        Trainer.run(inputs=np.random.rand(7, 1), state=state, timesteps=1, nu=10)
    assert one_line(e) == "inputs must have nu=10 rows (one per input unit), got shape (7, 1)"
    works()


def test_an_unknown_callback_name(state):
    with pytest.raises(ValueError) as e:
        Simulator.run(inputs=np.random.rand(10, 1), state=state, timesteps=1,
                      callbacks=["ExcitatoryActivity"])
    assert one_line(e).startswith(
        "callbacks: unknown callback 'ExcitatoryActivity', expected some of ExcitatoryActivation, "
        "InhibitoryActivation, RecurrentActivation, WEE, WEI, TE, TI, EEConnectionCounts")
    works()


def test_an_unknown_freeze_name(state):
    with pytest.raises(ValueError) as e:
        Simulator.run(inputs=np.random.rand(10, 1), state=state, timesteps=1, freeze=["stpd"])
    assert one_line(e) == \
        "freeze: unknown mechanism 'stpd', expected some of stdp, ip, sp, istdp, ss"
    works()


def test_a_nan_parameter(state):
    with pytest.raises(ValueError) as e:
        Simulator.run(inputs=np.random.rand(10, 1), state=state, timesteps=1, eta_stdp=np.nan)
    assert one_line(e) == "eta_stdp must be a finite number >= 0, got nan"
    works()


def test_a_state_with_a_missing_key(state):
    partial = {k: v for k, v in state.items() if k != "Wei"}
    with pytest.raises(ValueError) as e:
        Trainer.run(inputs=np.random.rand(10, 1), state=partial, timesteps=1)
    assert one_line(e) == "state is missing 'Wei': expected the keys Wee, Wei, Wie, Te, Ti, X, Y"
    works()


def test_a_state_array_of_the_wrong_shape(state):
    wrong = dict(state, Te=np.zeros(150))
    with pytest.raises(ValueError) as e:
        Trainer.run(inputs=np.random.rand(10, 1), state=wrong, timesteps=1)
    assert one_line(e) == "state['Te'] must have shape (200, 1) for ne=200, got (150,)"


def test_arguments_the_package_does_not_have(state):
    with pytest.raises(TypeError) as e:
        Simulator.run(inputs=np.random.rand(10, 1), state=state, timesteps=1, eta_stpd=0.1)
    assert one_line(e).startswith("Simulator.run() got an unexpected keyword argument 'eta_stpd'")
    with pytest.raises(TypeError) as e:
        Simulator.run(inputs=np.random.rand(10, 1), state=state)
    assert one_line(e) == "Simulator.run() needs timesteps, the number of steps to make"
    with pytest.raises(ValueError) as e:
        Simulator.run(inputs=np.random.rand(10, 1), state=state, timesteps=1, phase="train")
    assert one_line(e) == "phase must be one of plasticity, training, got 'train'"
    with pytest.raises(ValueError) as e:
        Simulator.run(inputs=np.random.rand(10, 1), timesteps=1, ne=3)
    assert one_line(e) == "ne must be at least 5 (so that ni = int(0.2*ne) >= 1), got 3"
    with pytest.raises(ValueError) as e:
        Simulator.run(inputs=np.random.rand(10, 1), timesteps=1, variants={"ip": "ip-nope"})
    assert one_line(e).startswith("no variant 'ip-nope' installed for slot ip; installed: ")
    works()


def test_the_packages_aliases_matrices_and_time_steps(state):
    a, _ = Trainer.run(inputs=np.ones((10, 2)), phase="training", matrices=state, time_steps=2,
                       noise=False)
    b, _ = Trainer.run(inputs=np.ones((10, 2)), phase="training", state=state, timesteps=2,
                       noise=False)
    for key in a:
        assert (a[key] == b[key]).all()
    with pytest.raises(TypeError):
        Trainer.run(inputs=np.ones((10, 2)), state=state, matrices=state, timesteps=2)
