"""Every public golden case of the package through Simulator.run / Trainer.run, bit for bit."""

import numpy as np
import pytest

from conftest import NETWORK_CASES, golden
from sorn_workbench import Simulator, Trainer

STATE_KEYS = ("Wee", "Wei", "Wie", "Te", "Ti", "X", "Y")


def run_case(case, callbacks):
    runner = Simulator if case["runner"] == "Simulator.run" else Trainer
    # every argument as the package took it; ni and h_ip are derived there and here
    hyperparameters = {k: v for k, v in case["params"].items() if k not in ("ni", "h_ip")}
    # the state as the package held it: thresholds as (n, 1) columns
    initial = {k: np.array(v) for k, v in case["initial"].items()}
    initial["Te"], initial["Ti"] = initial["Te"].reshape(-1, 1), initial["Ti"].reshape(-1, 1)
    return runner.run(inputs=np.array(case["inputs"]), phase=case["phase"], state=initial,
                      timesteps=case["timesteps"], noise=case["noise"], freeze=case["freeze"],
                      callbacks=callbacks, **hyperparameters)


def test_the_cases_are_every_public_one():
    # all but ne20_T30_trace_noise_sp, which replays recorded noise (see golden/README.md)
    assert len(NETWORK_CASES) == 14


@pytest.mark.parametrize("name", NETWORK_CASES)
def test_the_final_state_and_the_callbacks_are_the_packages_bit_for_bit(name):
    case = golden(name)
    state, sim = run_case(case, list(case["callbacks"]))
    ne, ni, steps = case["params"]["ne"], case["params"]["ni"], case["timesteps"]

    shapes = {"Wee": (ne, ne), "Wei": (ni, ne), "Wie": (ne, ni), "Te": (ne, 1), "Ti": (ni, 1),
              "X": (ne, 2), "Y": (ni, 2)}
    for key in STATE_KEYS:
        assert state[key].shape == shapes[key] and state[key].dtype == np.float64, key
        expected = np.array(case["final"][key], dtype=np.float64).reshape(shapes[key])
        assert (state[key] == expected).all(), f"final {key} of {name}"

    entry_shapes = {"ExcitatoryActivation": (ne,), "InhibitoryActivation": (ni,),
                    "RecurrentActivation": (ne, 1), "TE": (ne, 1), "TI": (ni, 1),
                    "EEConnectionCounts": (), "EIConnectionCounts": ()}
    assert set(sim) == set(case["callbacks"])
    for callback, values in case["callbacks"].items():
        ours = sim[callback]
        assert ours.shape == (steps,) + entry_shapes[callback], callback
        assert ours.dtype == (np.int64 if callback.endswith("Counts") else np.float64), callback
        expected = np.array(values).reshape(ours.shape)
        assert (ours == expected).all(), f"{callback} of {name}"


def test_without_callbacks_the_sim_dict_is_empty():
    state, sim = run_case(golden("ne20_T5_fresh"), None)
    assert sim == {}
    assert set(state) == set(STATE_KEYS)
