"""The package's state dict and callbacks in one float64 block that Java reads and writes in place
(the exchange buffer of org.sorn.python.PackageRunner): nothing is copied element by element."""

import weakref

import numpy as np

from ._jvm import direct_buffer

STATE_KEYS = ("Wee", "Wei", "Wie", "Te", "Ti", "X", "Y")


def inhibitory(ne):
    """ni = int(0.2*ne), as in the package."""
    return int(0.2 * ne)


def state_shapes(ne, ni):
    """The shapes of the package's state dict."""
    return {"Wee": (ne, ne), "Wei": (ni, ne), "Wie": (ne, ni), "Te": (ne, 1), "Ti": (ni, 1),
            "X": (ne, 2), "Y": (ni, 2)}


def state_length(ne, ni):
    """The number of values of a state dict."""
    return ne * ne + 2 * ni * ne + ne + ni + 2 * ne + 2 * ni


def callback_entry(name, ne, ni):
    """A callback's entry per step: its shape (the package's) and whether it is a count (int64)."""
    return {
        "ExcitatoryActivation": ((ne,), False),
        "InhibitoryActivation": ((ni,), False),
        "RecurrentActivation": ((ne, 1), False),
        "WEE": ((ne, ne), False),
        "WEI": ((ni, ne), False),
        "TE": ((ne, 1), False),
        "TI": ((ni, 1), False),
        "EEConnectionCounts": ((), True),
        "EIConnectionCounts": ((), True),
        "IEConnectionCounts": ((), True),
    }[name]


# a Java direct buffer's capacity is an int: one exchange holds less than 2 GiB
_LARGEST = (2 ** 31 - 8) // 8


def _size(shape):
    n = 1
    for d in shape:
        n *= d
    return n


class Layout:
    """Where things are in the exchange block of a run (PackageRunner): the input (nu x T), then
    the state, then each callback's T entries; computed once for each size and kept."""

    _known = {}

    def __init__(self, ne, nu, steps, callbacks):
        self.ne, self.ni, self.nu, self.steps = ne, inhibitory(ne), nu, steps
        self.input_end = nu * steps
        at = self.input_end
        self.state = []
        for key, shape in state_shapes(self.ne, self.ni).items():
            self.state.append((key, at, at + _size(shape), shape))
            at += _size(shape)
        self.state_sizes = [b - a for _, a, b, _ in self.state]
        self.weights_length = sum(self.state_sizes[:5])
        self.callbacks = []
        for name in callbacks:
            shape, count = callback_entry(name, self.ne, self.ni)
            n = steps * _size(shape)
            self.callbacks.append((name, at, at + n, (steps,) + shape, count))
            at += n
        if at > _LARGEST:
            raise ValueError(
                f"the state and callbacks of {steps} steps need {at * 8 / 2 ** 30:.1f} GiB, more "
                "than one call exchanges (2 GiB): ask for fewer steps or callbacks per call, or "
                "record them with a live session (Workbench().start(record=[...]))")
        self.length = at

    @classmethod
    def of(cls, ne, nu, steps, callbacks):
        key = (ne, nu, steps, callbacks)
        layout = cls._known.get(key)
        if layout is None:
            if len(cls._known) > 256:
                cls._known.clear()
            layout = cls._known[key] = cls(ne, nu, steps, callbacks)
        return layout


class Exchange:
    """The block of one run, laid out by its Layout, and the Java buffer over it."""

    def __init__(self, layout):
        self.layout = layout
        self.block = np.empty(layout.length, dtype=np.float64)
        self.buffer = direct_buffer(self.block)

    def write_input(self, inputs):
        layout = self.layout
        self.block[: layout.input_end].reshape(layout.nu, layout.steps)[...] = \
            inputs[:, : layout.steps]

    def state(self):
        """The final state as the package returns it: arrays that are views of this block."""
        block = self.block
        return {key: block[a:b].reshape(shape) for key, a, b, shape in self.layout.state}

    def callback_values(self):
        """The callbacks as the package returns them, one entry per step: views of this block."""
        block = self.block
        values = {}
        for name, a, b, shape, count in self.layout.callbacks:
            part = block[a:b]
            values[name] = (part.view(np.int64) if count else part).reshape(shape)
        return values


# what plasticity may change, one block for Java; the activity (X, Y) is another
WEIGHT_KEYS = STATE_KEYS[:5]


class StateSource:
    """Where the arrays of a state dict are for Java. The arrays this package handed out (views of
    an exchange block, or of a block it packed) are read where they are, changes made in place
    included: the weights and thresholds (Wee, Wei, Wie, Te, Ti) from one block, the activity (X,
    Y) from one block. Any other state is packed into a new block first."""

    _KEEP = 256

    def __init__(self):
        # id(array) -> (weak reference, Java buffer of its block, element where it starts); an
        # entry counts only while its reference still gives that very array
        self._known = {}

    def remember(self, buffer, handed):
        """Notes that the (array, element) pairs of ``handed``, views of one block, went out."""
        known = self._known
        if len(known) > self._KEEP:
            for key in [k for k, (ref, _, _) in known.items() if ref() is None]:
                del known[key]
        for view, at in handed:
            known[id(view)] = (weakref.ref(view), buffer, at)

    def _find(self, arrays, sizes):
        """(buffer, element) when ``arrays`` are known views lying one after the other."""
        known = self._known
        entry = known.get(id(arrays[0]))
        if entry is None or entry[0]() is not arrays[0]:
            return None
        buffer, expected = entry[1], entry[2]
        start = expected
        for array, size in zip(arrays, sizes):
            entry = known.get(id(array))
            if entry is None or entry[0]() is not array or entry[1] is not buffer \
                    or entry[2] != expected:
                return None
            expected += size
        return buffer, start

    def locate(self, arrays, layout):
        """(weights buffer, element, activity buffer, element, weight arrays, block): where Java
        reads the state, the weight and threshold arrays that hold it (those given, or packed
        copies), and the block to keep alive while Java reads it."""
        sizes = layout.state_sizes
        weights = self._find(arrays[:5], sizes[:5])
        if weights is not None:
            activity = self._find(arrays[5:], sizes[5:])
            if activity is not None:
                return weights + activity + (dict(zip(WEIGHT_KEYS, arrays[:5])), None)
        block = pack(arrays, layout.ne, layout.ni)
        buffer = direct_buffer(block)
        views = {key: block[a - layout.input_end: b - layout.input_end].reshape(shape)
                 for key, a, b, shape in layout.state}
        weight_views = {k: views[k] for k in WEIGHT_KEYS}
        self.remember(buffer, [(views[k], a - layout.input_end)
                               for k, a, _, _ in layout.state[:5]])
        return buffer, 0, buffer, layout.weights_length, weight_views, block


def arrays_of(state):
    """The arrays of a state dict in STATE_KEYS order, every key checked."""
    if not isinstance(state, dict):
        raise ValueError(f"state must be a dict with the keys {', '.join(STATE_KEYS)}, "
                         f"got {type(state).__name__}")
    arrays = []
    for key in STATE_KEYS:
        if key not in state:
            raise ValueError(
                f"state is missing '{key}': expected the keys {', '.join(STATE_KEYS)}")
        arrays.append(state[key])
    return arrays


def pack(arrays, ne, ni):
    """A new block holding the state's values, each checked against its shape."""
    block = np.empty(state_length(ne, ni), dtype=np.float64)
    at = 0
    for key, value, (_, shape) in zip(STATE_KEYS, arrays, state_shapes(ne, ni).items()):
        a = np.asarray(value, dtype=np.float64)
        if key in ("Te", "Ti") and a.shape == shape[:1]:
            a = a.reshape(shape)  # the golden vectors and some files keep thresholds flat
        if a.shape != shape:
            raise ValueError(
                f"state['{key}'] must have shape {shape} for ne={ne}, got {a.shape}")
        n = a.size
        block[at: at + n] = a.reshape(-1)
        at += n
    return block


def state_ne(state):
    """The number of excitatory units of a state dict, from its Wee."""
    return arrays_ne(arrays_of(state))


def arrays_ne(arrays):
    """The number of excitatory units of a state's arrays, from its Wee."""
    wee = arrays[0]
    shape = wee.shape if isinstance(wee, np.ndarray) else np.shape(wee)
    if len(shape) != 2 or shape[0] != shape[1]:
        raise ValueError(f"state['Wee'] must be a square ne x ne matrix, got shape {shape}")
    return shape[0]
