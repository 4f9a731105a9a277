"""Run folders as numpy arrays: the recording store (docs/recording.md) memory-mapped where its
encoding allows, the final state and the run record."""

import json
from pathlib import Path

import numpy as np

from ._exchange import STATE_KEYS

_DTYPES = {"float64": "<f8", "int64": "<i8"}


class PackedFlags:
    """A recorded activity, (T, n) of 0/1, kept bit-packed in its memory-mapped file: rows are
    unpacked when taken (``flags[t]``, ``flags[a:b]``), and the whole by ``np.asarray(flags)``."""

    def __init__(self, packed, units):
        self._packed = packed
        self.shape = (packed.shape[0], units)
        self.dtype = np.dtype(np.uint8)
        self.ndim = 2

    def __len__(self):
        return self.shape[0]

    def __getitem__(self, index):
        rows, columns = (index[0], index[1:]) if isinstance(index, tuple) else (index, ())
        flags = np.unpackbits(self._packed[rows], axis=-1, bitorder="little")[..., : self.shape[1]]
        return flags[(Ellipsis,) + columns] if columns else flags

    def __array__(self, dtype=None, copy=None):
        flags = self[:]
        return flags if dtype is None else flags.astype(dtype)

    def __repr__(self):
        return f"<PackedFlags {self.shape[0]} steps x {self.shape[1]} units>"


def read_series(folder, name):
    """Recording ``name`` of the run folder ``folder``: (values, steps). Only whole entries are
    read: a run still going, or killed, leaves a partial one at the end."""
    data = Path(folder) / "data"
    meta_file = data / f"{name}.meta.json"
    if not meta_file.is_file():
        recorded = sorted(p.name[: -len(".meta.json")] for p in data.glob("*.meta.json"))
        raise FileNotFoundError(
            f"{folder} has no recording {name}: recorded are {', '.join(recorded) or 'none'}")
    meta = json.loads(meta_file.read_text())
    file = data / meta["file"]
    size = file.stat().st_size if file.is_file() else 0
    shape = tuple(meta["entry_shape"])
    encoding = meta["encoding"]
    if encoding == "counted-int32":
        values = _unit_lists(file, size)
        entries = len(values)
        events = np.array([(step, unit) for step, units in enumerate(values) for unit in units],
                          dtype=np.int32).reshape(-1, 2)
        return events, _steps(meta, entries)
    entries = size // meta["entry_bytes"] if meta["entry_bytes"] else 0
    if encoding == "bits":
        packed = _mapped(file, np.uint8, (entries, meta["entry_bytes"]))
        return PackedFlags(packed, shape[0]), _steps(meta, entries)
    if encoding in _DTYPES:
        return _mapped(file, np.dtype(_DTYPES[encoding]), (entries,) + shape), _steps(meta, entries)
    raise ValueError(f"{meta_file}: unknown encoding {encoding!r}")


def _mapped(file, dtype, shape):
    if shape[0] == 0:
        return np.empty(shape, dtype=dtype)
    return np.memmap(file, dtype=dtype, mode="r", shape=shape)


def _steps(meta, entries):
    steps = meta["steps"]
    return steps["from"] + steps["every"] * np.arange(entries, dtype=np.int64)


def _unit_lists(file, size):
    raw = np.fromfile(file, dtype="<i4", count=size // 4) if size else np.empty(0, np.int32)
    lists, at = [], 0
    while at < raw.size and at + 1 + raw[at] <= raw.size:
        count = int(raw[at])
        lists.append(raw[at + 1: at + 1 + count])
        at += 1 + count
    # a trailing partial list (a run killed while writing) is left out
    return lists


def recorded(folder):
    """The names of the recordings in a run folder's store, sorted."""
    data = Path(folder) / "data"
    return sorted(p.name[: -len(".meta.json")] for p in data.glob("*.meta.json"))


class Run:
    """A run folder (``./sorn run --out DIR``, a sweep's run, a live session's folder)."""

    def __init__(self, folder):
        self.folder = Path(folder)
        if not self.folder.is_dir():
            raise FileNotFoundError(f"{folder} is not a run folder: no such directory")
        if not (self.folder / "data").is_dir() and not (self.folder / "run.json").is_file():
            raise FileNotFoundError(
                f"{folder} is not a run folder: it has neither data/ nor run.json")

    @property
    def record(self):
        """run.json as a dict (the parameters, the seed, the mechanisms, the events, ...)."""
        file = self.folder / "run.json"
        if not file.is_file():
            raise FileNotFoundError(f"{self.folder} has no run.json")
        return json.loads(file.read_text())

    def recordings(self):
        """The names of the recordings in its store."""
        return recorded(self.folder)

    def recording(self, name):
        """The entries of recording ``name``: memory-mapped float64 or int64 arrays (T, ...),
        PackedFlags for activities, (P, 2) int32 rows (step, unit) for SpikeEvents."""
        return read_series(self.folder, name)[0]

    def steps(self, name):
        """The step of each entry of recording ``name``."""
        return read_series(self.folder, name)[1]

    @property
    def final_state(self):
        """The state after the last step, as the package's state dict."""
        npz = self.folder / "final-state.npz"
        if npz.is_file():
            with np.load(npz) as archive:
                return {k: np.array(archive[k]) for k in STATE_KEYS}
        js = self.folder / "final-state.json"
        if js.is_file():
            raw = json.loads(js.read_text())
            state = {k: np.array(raw[k], dtype=np.float64) for k in STATE_KEYS}
            for k in ("Te", "Ti"):
                state[k] = state[k].reshape(-1, 1)
            return state
        raise FileNotFoundError(f"{self.folder} has no final-state.npz or final-state.json")

    def __repr__(self):
        return f"<sorn_workbench Run {self.folder}>"


def load_run(folder):
    """Opens a run folder: its recordings, final state and run record as numpy arrays."""
    return Run(folder)
