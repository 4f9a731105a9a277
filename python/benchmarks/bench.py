"""How fast the Python front is, and where the time goes (docs/python.md, "Speed").

    PYTHONPATH=python /usr/bin/python3 python/benchmarks/bench.py [--quick]

Prints the machine's load first: on a busy machine every number is slower. Each loop figure is the
median (and the best) over batches of calls; "cpu" is the calling thread's CPU time, which a run
made on the calling thread (Trainer.run(timesteps=1)) spends in Python and in Java alike.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

START = time.perf_counter()
from sorn_workbench import Simulator, Trainer, _jvm, _runners  # noqa: E402


def per_call(call, state, batches, calls):
    """(median wall, best wall, median cpu) in microseconds per call, over batches of calls."""
    walls, cpus = [], []
    for _ in range(batches):
        w0, c0 = time.perf_counter_ns(), time.thread_time_ns()
        for _ in range(calls):
            state = call(state)
        walls.append((time.perf_counter_ns() - w0) / calls / 1000)
        cpus.append((time.thread_time_ns() - c0) / calls / 1000)
    return statistics.median(walls), min(walls), statistics.median(cpus), state


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer calls and steps")
    args = parser.parse_args()
    batches, calls = (20, 50) if args.quick else (60, 100)
    long_steps = 20_000 if args.quick else 100_000

    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores; Python "
          f"{sys.version.split()[0]}, numpy {np.__version__}")

    rng = np.random.default_rng(1)
    first, _ = Simulator.run(inputs=rng.random((10, 1)), timesteps=1, noise=False, seed=1)
    print(f"start: import, JVM and workbench (once per process): "
          f"{time.perf_counter() - START:.2f} s")

    # Simulator.run at ne = 200, the package's default network, noise on
    inputs = rng.random((10, long_steps))
    rates = []
    for _ in range(3):
        t0 = time.perf_counter()
        Simulator.run(inputs=inputs, state=first, timesteps=long_steps, seed=2)
        rates.append(long_steps / (time.perf_counter() - t0))
    print(f"Simulator.run, ne=200, {long_steps:,} steps: {statistics.median(rates):,.0f} steps/s "
          f"(best {max(rates):,.0f}; the package: 86)")
    # the same run from the command line, at the same moment: the engine without Python
    with tempfile.TemporaryDirectory() as out:
        np.savez(Path(out) / "state.npz", **first)
        np.save(Path(out) / "in.npy", inputs)
        done = subprocess.run(
            [str(_jvm.workbench_home() / "bin" / "sorn"), "run", "--state", f"{out}/state.npz",
             "--input", f"{out}/in.npy", "--seed", "2", "--out", f"{out}/run"],
            capture_output=True, text=True, check=True)
        said = re.search(r"\(([0-9,]+) steps/s\)", done.stdout + done.stderr)
        print(f"  ./sorn run, the same run, now: {said.group(1) if said else '?'} steps/s")

    # the gym loop: Trainer.run(timesteps=1) with the state passed back
    one = rng.random((10, 1))
    state = first
    first_loop = True
    for phase in ("plasticity", "training"):
        for noise in (False, True):
            def call(s, phase=phase, noise=noise):
                return Trainer.run(inputs=one, phase=phase, state=s, noise=noise, timesteps=1)[0]
            # warm up: the JVM compiles the call's code over the first thousands of calls
            per_call(call, state, 30 if first_loop else 3, calls)
            first_loop = False
            wall, best, cpu, state = per_call(call, state, batches, calls)
            package = "11 ms" if phase == "plasticity" else "0.18 ms"
            print(f"Trainer.run(timesteps=1) {phase:10s} noise {'on ' if noise else 'off'}: "
                  f"{wall:6.1f} us a call (best {best:.1f}, cpu {cpu:.1f}; the package: {package})")

    # where the time of a call goes
    print("a Trainer.run(timesteps=1) call at ne=200 (plasticity, noise off), in parts:")

    def loop_call(s):
        return Trainer.run(inputs=one, phase="plasticity", state=s, noise=False, timesteps=1)[0]

    class NoJava:
        def runHere(self, *arguments):
            pass

    real = _runners._runner
    _runners._runner = lambda *a: NoJava()
    try:
        wall, best, cpu, _ = per_call(loop_call, state, batches, calls)
    finally:
        _runners._runner = real
    print(f"  Python (arguments, arrays, views; Java left out): {wall:.1f} us (best {best:.1f})")

    front = _jvm.default_front()
    runner = _runners._runner(front, 200, 10, True, (), False, 0.04, {}, {}, ())
    block = np.empty(runner.exchangeLength(1))
    buffer = _jvm.direct_buffer(block)
    wall, best, _, _ = per_call(lambda s: runner.exchangeLength(1) and s, None, batches, calls)
    print(f"  a Java call through JPype, doing nothing: {wall:.1f} us (best {best:.1f})")
    wall, best, _, _ = per_call(lambda s: _jvm.direct_buffer(block) and s, None, batches, calls)
    print(f"  a numpy block as a Java buffer (one per call): {wall:.1f} us (best {best:.1f})")

    # the Java call itself, the state passed back where it was left (the engine's copy is reused)
    weights_length = 200 * 200 + 2 * 40 * 200 + 240
    runner.runHere(3, 1, None, 0, None, 0, buffer)
    blocks = [block, np.empty_like(block)]
    buffers = [buffer, _jvm.direct_buffer(blocks[1])]

    def java_call(i):
        runner.runHere(4, 1, buffers[i], 10, buffers[i], 10 + weights_length, buffers[1 - i])
        return 1 - i
    wall, best, _, _ = per_call(java_call, 0, batches, calls)
    print(f"  the Java call (run made, state written): {wall:.1f} us (best {best:.1f})")

    # a state that is not the one handed out (a copy) is packed and converted again
    copied = {k: v.copy() for k, v in first.items()}

    def copy_call(s):
        Trainer.run(inputs=one, phase="plasticity", state=copied, noise=False, timesteps=1)
        return s
    wall, best, _, _ = per_call(copy_call, None, batches, calls)
    print(f"  a whole call from a state given as new arrays (packed, converted): {wall:.1f} us "
          f"(best {best:.1f})")
    print(f"load average {os.getloadavg()[0]:.2f} at the end")


if __name__ == "__main__":
    main()
