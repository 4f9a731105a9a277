"""The same run from Python and from ./sorn run, bit for bit; run folders read as numpy arrays."""

import json
import subprocess

import numpy as np
import pytest

from conftest import workbench_home
from sorn_workbench import Simulator, load_run


def test_python_and_the_command_line_give_the_same_run_bit_for_bit(tmp_path):
    rng = np.random.default_rng(4)
    start, _ = Simulator.run(inputs=rng.random((8, 1)), timesteps=1, ne=40, noise=False, seed=6)
    inputs = rng.random((8, 300))
    np.savez(tmp_path / "state.npz", **start)
    np.save(tmp_path / "in.npy", inputs)
    # noise and structural plasticity on: the same seed gives the same draws in both
    final, sim = Simulator.run(inputs=inputs, state=start, timesteps=300, seed=9, noise=True,
                               callbacks=["ExcitatoryActivation", "EEConnectionCounts"])
    out = tmp_path / "run"
    subprocess.run([str(workbench_home() / "bin" / "sorn"), "run",
                    "--state", str(tmp_path / "state.npz"),
                    "--input", str(tmp_path / "in.npy"), "--seed", "9", "--out", str(out),
                    "--record", "ExcitatoryActivation,EEConnectionCounts",
                    "--format", "json,npz"], check=True, capture_output=True, timeout=300)
    written = json.loads((out / "final-state.json").read_text())
    from_json = {k: np.array(v) for k, v in written.items()}
    run = load_run(out)
    for key in final:
        assert (run.final_state[key] == final[key]).all(), key
        assert (from_json[key].reshape(final[key].shape) == final[key]).all(), key
    assert (np.asarray(run.recording("ExcitatoryActivation")) == sim["ExcitatoryActivation"]).all()
    assert (run.recording("EEConnectionCounts") == sim["EEConnectionCounts"]).all()
    assert (run.steps("ExcitatoryActivation") == np.arange(300)).all()
    assert run.record["seed"] == 9


def test_a_folder_that_is_not_a_run_is_a_one_line_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="is not a run folder: no such directory"):
        load_run(tmp_path / "nothing")
    with pytest.raises(FileNotFoundError,
                       match="is not a run folder: it has neither data/ nor run.json"):
        load_run(tmp_path)
