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
    return sum(int(np.prod(shape)) for shape in state_shapes(ne, ni).values())


# the entry of each callback per step: its shape (the package's) and its dtype
def callback_entry(name, ne, ni):
    return {
        "ExcitatoryActivation": ((ne,), np.float64),
        "InhibitoryActivation": ((ni,), np.float64),
        "RecurrentActivation": ((ne, 1), np.float64),
        "WEE": ((ne, ne), np.float64),
        "WEI": ((ni, ne), np.float64),
        "TE": ((ne, 1), np.float64),
        "TI": ((ni, 1), np.float64),
        "EEConnectionCounts": ((), np.int64),
        "EIConnectionCounts": ((), np.int64),
        "IEConnectionCounts": ((), np.int64),
    }[name]


CALLBACKS = ("ExcitatoryActivation", "InhibitoryActivation", "RecurrentActivation", "WEE",
             "WEI", "TE", "TI", "EEConnectionCounts", "EIConnectionCounts", "IEConnectionCounts")

# a Java direct buffer's capacity is an int: one exchange holds less than 2 GiB
_LARGEST = (2 ** 31 - 8) // 8


class Exchange:
    """The block of one run: input (nu x T), then the state, then each callback's T entries."""

    def __init__(self, ne, nu, steps, callbacks):
        self.ne, self.ni, self.nu, self.steps = ne, inhibitory(ne), nu, steps
        self.callbacks = tuple(callbacks)
        self.state_at = nu * steps
        at = self.state_at + state_length(self.ne, self.ni)
        self.callback_at = []
        for name in self.callbacks:
            shape, _ = callback_entry(name, self.ne, self.ni)
            self.callback_at.append(at)
            at += steps * int(np.prod(shape))
        if at > _LARGEST:
            raise ValueError(
                f"the state and callbacks of {steps} steps need {at * 8 / 2 ** 30:.1f} GiB, more "
                "than one call exchanges (2 GiB): ask for fewer steps or callbacks per call, or "
                "record them with a live session (Workbench().start(record=[...]))")
        self.block = np.empty(at, dtype=np.float64)
        self.buffer = direct_buffer(self.block)

    def write_input(self, inputs):
        self.block[: self.state_at].reshape(self.nu, self.steps)[...] = inputs[:, : self.steps]

    def state(self):
        """The final state as the package returns it: arrays that are views of this block."""
        views = {}
        at = self.state_at
        for key, shape in state_shapes(self.ne, self.ni).items():
            n = int(np.prod(shape))
            views[key] = self.block[at: at + n].reshape(shape)
            at += n
        return views

    def callback_values(self):
        values = {}
        for name, at in zip(self.callbacks, self.callback_at):
            shape, dtype = callback_entry(name, self.ne, self.ni)
            n = self.steps * int(np.prod(shape))
            part = self.block[at: at + n]
            if dtype is np.int64:
                part = part.view(np.int64)
            values[name] = part.reshape((self.steps,) + shape)
        return values


class StateSource:
    """Where a state dict's values are for Java: the block of an earlier exchange when the dict
    holds exactly the arrays returned from it (read where they are, in-place changes included),
    else a block packed from the dict."""

    def __init__(self, remembered=4):
        self._recent = []
        self._remembered = remembered

    def remember(self, exchange, state):
        """Notes that ``state`` (views of ``exchange.block``) was handed to the caller."""
        views = tuple(weakref.ref(state[k]) for k in STATE_KEYS)
        self._recent.insert(0, (weakref.ref(exchange.block), exchange.buffer, exchange.state_at,
                                exchange.ne, views))
        del self._recent[self._remembered:]

    def locate(self, state, ne, ni):
        """(buffer, element, block) of the state's values, checking keys and shapes; the caller
        keeps the block alive while Java reads it."""
        arrays = _arrays_of(state)
        for block, buffer, at, block_ne, views in self._recent:
            held = block()
            if block_ne == ne and held is not None and all(
                    v() is a for v, a in zip(views, arrays)):
                return buffer, at, held
        block = pack(arrays, ne, ni)
        return direct_buffer(block), 0, block


def _arrays_of(state):
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
    arrays = _arrays_of(state)
    shape = np.shape(arrays[0])
    if len(shape) != 2 or shape[0] != shape[1]:
        raise ValueError(f"state['Wee'] must be a square ne x ne matrix, got shape {shape}")
    return shape[0]
