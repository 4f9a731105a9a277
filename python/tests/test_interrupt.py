"""Ctrl-C during a long Simulator.run stops the run at a step boundary and raises
KeyboardInterrupt; the next call works. Tried in a process of its own, which gets a real SIGINT."""

import os
import queue
import signal
import subprocess
import sys
import threading
import time

from conftest import PYTHON

SCRIPT = r"""
import sys, time
import numpy as np
from sorn_workbench import Simulator, Workbench

state, _ = Simulator.run(inputs=np.random.rand(10, 5), timesteps=5, noise=True, ne=1000)
inputs = np.random.rand(10, 2_000_000)
print("ready", flush=True)
began = time.time()
try:
    Simulator.run(inputs=inputs, state=state, timesteps=2_000_000)
    print("not interrupted", flush=True)
except KeyboardInterrupt as e:
    print(f"interrupted after {time.time() - began:.1f} s: {e}", flush=True)
state, sim = Simulator.run(inputs=np.random.rand(10, 3), state=state, timesteps=3,
                           callbacks=["ExcitatoryActivation"])
print("next call", sim["ExcitatoryActivation"].shape, flush=True)

with Workbench() as wb:
    live = wb.start(ne=100, seed=1)
    print("session ready", flush=True)
    try:
        live.step(50_000_000)
        print("not interrupted", flush=True)
    except KeyboardInterrupt as e:
        print(f"session interrupted: {live.status}, {e}", flush=True)
    live.step(10)
    print("session next step", live.status, flush=True)
"""


class Lines:
    """The lines a process prints, read as they come (a wait never hangs on a silent process)."""

    def __init__(self, process):
        self._lines = queue.Queue()
        self.seen = []
        threading.Thread(target=self._read, args=(process.stdout,), daemon=True).start()

    def _read(self, out):
        for line in out:
            self._lines.put(line.strip())

    def wait_for(self, text, seconds):
        deadline = time.time() + seconds
        while time.time() < deadline:
            try:
                line = self._lines.get(timeout=max(0.01, deadline - time.time()))
            except queue.Empty:
                break
            self.seen.append(line)
            if line.startswith(text):
                return line
        raise AssertionError(f"no line starting with {text!r} within {seconds} s: {self.seen}")


def test_ctrl_c_stops_a_long_run_at_a_step_boundary_and_the_next_call_works():
    env = dict(os.environ, PYTHONPATH=str(PYTHON))
    process = subprocess.Popen([sys.executable, "-c", SCRIPT], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=env)
    lines = Lines(process)
    try:
        lines.wait_for("ready", 180)
        time.sleep(2)
        sent = time.time()
        process.send_signal(signal.SIGINT)
        line = lines.wait_for("interrupted after", 30)
        assert time.time() - sent < 10, "the run stops within a slice and a step"
        assert "the run was stopped after" in line and "steps" in line
        line = lines.wait_for("next call", 30)
        assert line == "next call (3, 1000)"

        lines.wait_for("session ready", 120)
        time.sleep(2)
        process.send_signal(signal.SIGINT)
        line = lines.wait_for("session interrupted", 30)
        assert line.startswith("session interrupted: paused, run run-1 paused after")
        line = lines.wait_for("session next step", 30)
        assert line == "session next step paused"
        assert process.wait(timeout=60) == 0, process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
