"""Live sessions: a workbench of chosen features in this process, runs made step by step and
steered between steps, their state and recordings as numpy arrays."""

import atexit
import shutil
import tempfile
import weakref
from pathlib import Path

import numpy as np

from . import _jvm
from ._exchange import arrays_of, inhibitory, pack, state_length, state_shapes, state_ne
from ._runs import read_series, recorded

_SLICE_MS = 50

# sessions still open when Python exits are closed then: their paused runs would keep the JVM,
# and so Python, from exiting
_open = weakref.WeakSet()


@atexit.register
def _close_open_sessions():
    for wb in list(_open):
        wb.close()


class Workbench:
    """A workbench of its own in this process: ``with Workbench() as wb: sim = wb.start(...)``.
    ``features`` are the distribution's (``default`` is everything); closing it stops its runs
    and the framework. Several may live one after the other or side by side."""

    def __init__(self, features=("default",)):
        if isinstance(features, str):
            features = [f.strip() for f in features.split(",")]
        self._booted = _jvm.Booted(_jvm.workbench_home(), list(features))
        self._front = self._booted.front
        self._simulations = []
        self._folders = []
        _open.add(self)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        """Stops and forgets the runs of this session, removes the folders it made, and stops the
        framework."""
        for sim in list(self._simulations):
            sim.close()
        if self._booted is not None:
            self._booted.close()
            self._booted = None
        for folder in self._folders:
            shutil.rmtree(folder, ignore_errors=True)
        self._folders = []

    def _front_or_closed(self):
        if self._booted is None:
            raise RuntimeError("this Workbench is closed")
        return self._front

    def start(self, ne=200, nu=10, seed=None, noise=True, noise_sigma=0.04, variants=None,
              record=(), out=None, inputs=None, state=None, **hyperparameters):
        """A run paused before its first step: ``sim.step(n)`` makes steps. ``record`` names
        recorders (``"WEE:every=1000"``) that write into ``out`` (a temporary folder, removed with
        the session, when not given); ``inputs`` (nu x T) gives the input and the run's length,
        else the input is uniform in [0, 1) from the seed and the run has no end; ``state`` a
        state dict to start from (else a fresh network). Hyper-parameters by the package's names."""
        front = self._front_or_closed()
        if isinstance(record, str):
            record = [record]
        folder = None
        if record:
            if out is None:
                folder = tempfile.mkdtemp(prefix="sorn-session-")
                self._folders.append(folder)
            else:
                folder = str(Path(out).resolve())
        if seed is None:
            seed = int(np.random.random_sample() * 2.0 ** 53)
        if state is not None:
            ne = state_ne(state)
        ne, nu = int(ne), int(nu)
        input_block, input_steps = None, 0
        if inputs is not None:
            input_block = np.ascontiguousarray(inputs, dtype=np.float64)
            if input_block.ndim != 2 or input_block.shape[0] != nu:
                raise ValueError(
                    f"inputs must have shape (nu={nu}, steps), got {input_block.shape}")
            input_steps = input_block.shape[1]
        state_buffer, state_block = None, None
        if state is not None:
            state_block = pack(arrays_of(state), ne, inhibitory(ne))
            state_buffer = _jvm.direct_buffer(state_block)
        names = sorted(hyperparameters)
        with _jvm.java_errors():
            live = front.start(
                ne, nu, int(seed), bool(noise), float(noise_sigma), names,
                [float(hyperparameters[n]) for n in names],
                [f"{s}={v}" for s, v in sorted((variants or {}).items())], list(record), folder,
                None if input_block is None else _jvm.direct_buffer(input_block), input_steps,
                state_buffer)
        del state_block
        sim = Simulation(self, live, input_block)
        self._simulations.append(sim)
        sim._until_paused()  # before step 0, or failed at its start (a recorder that cannot write)
        return sim

    def variants(self):
        """The updates, noise models and plasticity mechanisms installed: a list of dicts with
        slot, variant, order, bundle and version, in step order."""
        with _jvm.java_errors():
            return [{"slot": str(m.slot()), "variant": str(m.variant()), "order": int(m.order()),
                     "bundle": str(m.bundle()), "version": str(m.bundleVersion())}
                    for m in self._front_or_closed().mechanisms()]

    def recorders(self):
        """The names of the recorders installed."""
        with _jvm.java_errors():
            return [str(n) for n in self._front_or_closed().recorders()]

    def deploy(self, jar):
        """Installs and starts a bundle (a lab's mechanism); returns its name and version. Its
        variants can then be chosen by ``start(variants=...)`` and ``sim.use(...)``."""
        with _jvm.java_errors():
            return str(self._front_or_closed().deploy(str(Path(jar).resolve())))

    def _forget(self, sim):
        if sim in self._simulations:
            self._simulations.remove(sim)


class Simulation:
    """A run of a live session, paused between the steps asked for."""

    def __init__(self, workbench, live, inputs):
        self._workbench = workbench
        self._live = live
        self._inputs = inputs  # the run reads the input from this memory as it goes
        self.id = str(live.id())
        self.ne, self.ni, self.nu = int(live.ne()), int(live.ni()), int(live.nu())
        folder = live.directory()
        self._directory = None if folder is None else str(folder)
        self._closed = None

    def _run(self):
        if self._live is None:
            raise RuntimeError(
                f"run {self.id} is closed (its session ended, or close() was called)")
        return self._live

    @property
    def steps_done(self):
        return self._closed["steps"] if self._live is None else int(self._live.stepsDone())

    @property
    def status(self):
        return self._closed["status"] if self._live is None else str(self._live.status())

    @property
    def directory(self):
        """The folder of the run's recording store, or None when nothing is recorded."""
        return self._directory

    def step(self, n=1):
        """Makes ``n`` steps and pauses; Ctrl-C pauses the run at a step boundary and raises
        KeyboardInterrupt (the run stays usable). Returns the steps done."""
        with _jvm.java_errors():
            self._run().advance(int(n))
        self._until_paused()
        return self.steps_done

    def _until_paused(self):
        """Waits for the run to pause (or end); on Ctrl-C pauses it and raises."""
        try:
            while not self._live.awaitPause(_SLICE_MS):
                pass
        except KeyboardInterrupt:
            self._live.pause()
            while True:
                try:
                    if self._live.awaitPause(_SLICE_MS):
                        break
                except KeyboardInterrupt:
                    continue
            raise KeyboardInterrupt(f"run {self.id} paused after {self.steps_done} steps") from None
        if self.status == "failed":
            raise RuntimeError(f"run {self.id} failed: {self._live.failure()}")

    def use(self, slot, variant):
        """From the next step on, ``slot`` uses ``variant`` (see Workbench.variants())."""
        with _jvm.java_errors():
            self._run().use(str(slot), str(variant))

    def set(self, name, value):
        """From the next step on, the hyper-parameter ``name`` is ``value``."""
        with _jvm.java_errors():
            self._run().set(str(name), float(value))

    def freeze(self, slots, frozen=True):
        """From the next step on, the mechanisms of ``slots`` (a name or a list) do not run
        (``frozen=False``: run again)."""
        for slot in [slots] if isinstance(slots, str) else slots:
            with _jvm.java_errors():
                self._run().freeze(str(slot), bool(frozen))

    def state(self):
        """A copy of the state now (at the next step boundary when running), as the package's
        state dict."""
        block = np.empty(state_length(self.ne, self.ni), dtype=np.float64)
        with _jvm.java_errors():
            self._run().state(_jvm.direct_buffer(block))
        views, at = {}, 0
        for key, shape in state_shapes(self.ne, self.ni).items():
            size = shape[0] * shape[1]
            views[key] = block[at: at + size].reshape(shape)
            at += size
        return views

    def recording(self, name):
        """The entries recorded so far of recorder ``name`` (memory-mapped; activities packed,
        unpacked when indexed)."""
        if self.directory is None:
            raise FileNotFoundError(f"run {self.id} records nothing: start it with record=[...]")
        return read_series(self.directory, name)[0]

    def recordings(self):
        return [] if self.directory is None else recorded(self.directory)

    def events(self):
        """Every change of the run's rules so far, one line each."""
        if self._live is None:
            return list(self._closed["events"])
        with _jvm.java_errors():
            return [str(e) for e in self._live.events()]

    def close(self):
        """Stops the run and forgets it (its recordings stay in its folder; its steps, status and
        events can still be read)."""
        if self._live is not None:
            facts = {"steps": self.steps_done, "status": self.status, "events": self.events()}
            with _jvm.java_errors():
                self._live.close()
            facts["status"] = "stopped" if facts["status"] in ("paused", "running") \
                else facts["status"]
            self._closed = facts
            self._live = None
            self._workbench._forget(self)

    def __repr__(self):
        return f"<sorn_workbench Simulation {self.id}: {self.steps_done} steps, {self.status}>"
