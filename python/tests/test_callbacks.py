"""Every callback name: the package's shapes and dtypes, and values that agree with each other and
with the final state."""

import numpy as np

from sorn_workbench import Simulator, Trainer

ALL = ["ExcitatoryActivation", "InhibitoryActivation", "RecurrentActivation", "WEE", "WEI", "TE",
       "TI", "EEConnectionCounts", "EIConnectionCounts", "IEConnectionCounts"]


def test_every_callback_with_its_shape_dtype_and_values():
    ne, ni, steps = 40, 8, 30
    start, _ = Simulator.run(inputs=np.zeros((5, 1)), state=None, timesteps=1, noise=False, ne=ne,
                             seed=2)
    # no input: the recurrent activation is the activation itself
    state, sim = Simulator.run(inputs=np.zeros((5, steps)), state=start, timesteps=steps,
                               noise=True, seed=3, callbacks=ALL)
    assert list(sim) == ALL
    expected = {"ExcitatoryActivation": (steps, ne), "InhibitoryActivation": (steps, ni),
                "RecurrentActivation": (steps, ne, 1), "WEE": (steps, ne, ne),
                "WEI": (steps, ni, ne), "TE": (steps, ne, 1), "TI": (steps, ni, 1),
                "EEConnectionCounts": (steps,), "EIConnectionCounts": (steps,),
                "IEConnectionCounts": (steps,)}
    for name, shape in expected.items():
        assert sim[name].shape == shape, name
        assert sim[name].dtype == (np.int64 if name.endswith("Counts") else np.float64), name

    x, y = sim["ExcitatoryActivation"], sim["InhibitoryActivation"]
    assert set(np.unique(x)) <= {0.0, 1.0} and x.sum() > 0
    assert (sim["RecurrentActivation"][:, :, 0] == x).all()
    assert (x[-1] == state["X"][:, 1]).all() and (x[-2] == state["X"][:, 0]).all()
    assert (y[-1] == state["Y"][:, 1]).all()
    assert (sim["WEE"][-1] == state["Wee"]).all() and (sim["WEI"][-1] == state["Wei"]).all()
    assert (sim["TE"][-1] == state["Te"]).all() and (sim["TI"][-1] == state["Ti"]).all()
    # counts are taken at the start of each step, before its plasticity
    wee_before = np.concatenate([start["Wee"][None], sim["WEE"][:-1]])
    wei_before = np.concatenate([start["Wei"][None], sim["WEI"][:-1]])
    assert (sim["EEConnectionCounts"] == (wee_before > 0).sum(axis=(1, 2))).all()
    assert (sim["EIConnectionCounts"] == (wei_before > 0).sum(axis=(1, 2))).all()
    assert (sim["IEConnectionCounts"] == (start["Wie"] > 0).sum()).all()


def test_the_callbacks_of_a_training_phase_show_no_plasticity():
    start, _ = Simulator.run(inputs=np.random.rand(4, 1), timesteps=1, ne=30, noise=False, seed=1)
    state, sim = Trainer.run(inputs=np.random.rand(4, 20), phase="training", state=start,
                             timesteps=20, noise=True, seed=1, callbacks=["WEE", "TE"])
    assert (sim["WEE"] == start["Wee"]).all() and (sim["TE"] == start["Te"]).all()
    for key in ("Wee", "Wei", "Wie", "Te", "Ti"):
        # as the package: the very arrays it was given, since nothing changes them
        assert state[key] is start[key], key
    assert not np.shares_memory(state["X"], start["X"])
