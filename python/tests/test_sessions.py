"""Live sessions: steps made in pieces are the steps of one run, changes take effect between steps,
recordings are read as the run goes, and sessions follow one another in one process."""

import glob
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from conftest import PYTHON, ROOT
from sorn_workbench import Simulator, Workbench, load_run


@pytest.fixture(scope="module")
def start_state():
    return Simulator.run(inputs=np.random.rand(6, 1), timesteps=1, ne=60, noise=False, seed=8)[0]


def test_steps_in_pieces_are_one_run_and_recordings_are_its_callbacks(start_state, tmp_path):
    inputs = np.random.default_rng(1).random((6, 90))
    expected, callbacks = Simulator.run(inputs=inputs, state=start_state, timesteps=90, seed=5,
                                        callbacks=["ExcitatoryActivation", "TE", "WEE"])
    with Workbench() as wb:
        sim = wb.start(state=start_state, nu=6, inputs=inputs, seed=5, out=tmp_path / "live",
                       record=["ExcitatoryActivation", "TE", "WEE:every=30"])
        assert sim.steps_done == 0 and sim.status == "paused"
        for n, done in ((10, 10), (20, 30), (30, 60)):
            assert sim.step(n) == done
        x = sim.recording("ExcitatoryActivation")
        assert x.shape == (60, 60)
        assert (np.asarray(x) == callbacks["ExcitatoryActivation"][:60]).all()
        assert (x[5:8, 3] == callbacks["ExcitatoryActivation"][5:8, 3]).all()
        te = sim.recording("TE")
        assert isinstance(te, np.memmap), "float64 recordings are memory-mapped"
        assert (te == callbacks["TE"][:60, :, 0]).all()
        sim.step(30)
        state = sim.state()
        for key in expected:
            assert (state[key] == expected[key]).all(), key
        assert sim.status == "completed"
        wee = sim.recording("WEE")
        assert wee.shape == (3, 60, 60) and (wee == callbacks["WEE"][[0, 30, 60]]).all()
        folder = sim.directory
    # the folder the session was given stays, readable as any run folder
    run = load_run(folder)
    assert sorted(run.recordings()) == ["ExcitatoryActivation", "TE", "WEE"]
    assert (run.steps("WEE") == [0, 30, 60]).all()


def test_a_change_between_steps_takes_effect_from_the_next_step(start_state):
    inputs = np.random.default_rng(2).random((6, 40))
    with Workbench() as wb:
        plain = wb.start(state=start_state, nu=6, inputs=inputs, seed=3, noise=False)
        changed = wb.start(state=start_state, nu=6, inputs=inputs, seed=3, noise=False)
        plain.step(20)
        changed.step(20)
        assert (plain.state()["Te"] == changed.state()["Te"]).all()
        changed.use("ip", "ip-unclamped")
        changed.set("eta_ip", 0.05)
        changed.freeze(["sp", "istdp"])
        plain.step(20)
        changed.step(20)
        assert not (plain.state()["Te"] == changed.state()["Te"]).all()
        events = changed.events()
        assert "sp frozen" in events and "istdp frozen" in events
        assert any(e.startswith("ip: ip-unclamped") for e in events)
        # the frozen mechanisms did not run: W^EI changes only through istdp and normalisation
        with pytest.raises(ValueError, match="no variant 'ip-nope' installed for slot ip"):
            changed.use("ip", "ip-nope")
        names = {(v["slot"], v["variant"]) for v in wb.variants()}
        assert {("ip", "ip"), ("ip", "ip-unclamped"), ("update", "fast-inhibition")} <= names
        assert "ExcitatoryActivation" in wb.recorders()


def test_two_sessions_one_after_the_other_in_one_process(start_state):
    results = []
    for _ in range(2):
        with Workbench() as wb:
            sim = wb.start(state=start_state, nu=6, seed=11)
            sim.step(25)
            results.append(sim.state())
    for key in results[0]:
        assert (results[0][key] == results[1][key]).all(), key
    with pytest.raises(RuntimeError, match="this Workbench is closed"):
        wb.start()
    # a run of a closed session tells what it did, and refuses to go on
    assert sim.steps_done == 25 and sim.status == "stopped"
    assert sim.events()[-1] == "paused before step 25 as asked"
    with pytest.raises(RuntimeError, match=r"run run-1 is closed \(its session ended"):
        sim.step(1)


def test_a_lab_bundle_is_deployed_and_its_variant_swapped_into_a_running_run(start_state):
    examples = ROOT / "distribution" / "target" / "sorn-workbench" / "examples"
    jars = glob.glob(str(examples / "*.jar"))
    assert jars, "the distribution carries the example lab bundle"
    with Workbench() as wb:
        assert str(wb.deploy(jars[0])).startswith("org.sorn.example.wdstdp ")
        lab = [v for v in wb.variants() if v["bundle"] == "org.sorn.example.wdstdp"]
        assert lab and lab[0]["slot"] == "stdp"
        sim = wb.start(state=start_state, nu=6, seed=2)
        sim.step(5)
        sim.use("stdp", lab[0]["variant"])
        sim.step(5)
        assert any(lab[0]["variant"] in e for e in sim.events())
        with pytest.raises(FileNotFoundError, match="no such bundle jar"):
            wb.deploy(Path(jars[0]).with_name("missing.jar"))


def test_python_exits_with_a_session_left_open():
    script = ("import sorn_workbench as sw\n"
              "wb = sw.Workbench()\n"
              "sim = wb.start(ne=50, seed=1)\n"
              "sim.step(10)\n"
              "print(sim.steps_done)\n")
    env = dict(os.environ, PYTHONPATH=str(PYTHON))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=240, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "10"


def test_a_session_of_chosen_features_has_their_mechanisms_only():
    with Workbench(["core", "stdp", "ip", "sn", "analysis", "python"]) as wb:
        slots = {v["slot"] for v in wb.variants()}
        assert slots == {"noise", "update", "stdp", "ip", "ss"}
        sim = wb.start(ne=50, nu=5, seed=4)
        assert sim.step(20) == 20
        with pytest.raises(ValueError, match="no variant 'ip-unclamped' installed for slot ip"):
            sim.use("ip", "ip-unclamped")
