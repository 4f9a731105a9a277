"""The package's Simulator.run and Trainer.run, made by the workbench's engine."""

import collections
import warnings

import numpy as np

from . import _jvm
from ._exchange import Exchange, Layout, StateSource, arrays_ne, arrays_of

# the package's hyper-parameters that its runners take as keyword arguments
HYPERPARAMETERS = ("eta_stdp", "eta_inhib", "eta_ip", "te_max", "ti_max", "ti_min", "te_min",
                   "mu_ip", "lambda_ee", "lambda_ei")
# taken and without effect, as in the package
UNUSED = ("sigma_ip",)
NETWORK_TYPES = {"network_type_ee": "Sparse", "network_type_ei": "Sparse",
                 "network_type_ie": "Dense"}
# the workbench's own, beyond the package
EXTRAS = ("seed", "noise_sigma", "h_ip", "variants")
PHASES = ("plasticity", "training")

# steps x ne up to which a run is made on the calling thread: well under a second, and a Ctrl-C
# is acted on once it returns; a longer run goes on a thread of its own, waited for in slices
_ON_CALLER = 1_000_000
_SLICE_MS = 50

_sources = StateSource()
_runners = collections.OrderedDict()


def run(runner_name, plasticity_always, inputs, phase, state, timesteps, noise, freeze, callbacks,
        kwargs):
    """One call of the package's runner: (state_dict, sim_dict)."""
    kwargs = dict(kwargs)
    state = _alias(kwargs, "matrices", "state", state, runner_name)
    timesteps = _alias(kwargs, "time_steps", "timesteps", timesteps, runner_name)
    if timesteps is None:
        raise TypeError(f"{runner_name}() needs timesteps, the number of steps to make")
    steps = _whole(timesteps, "timesteps")
    if phase not in PHASES:
        raise ValueError(f"phase must be one of plasticity, training, got {phase!r}")
    plastic = plasticity_always or phase == "plasticity"

    keywords = _keywords(runner_name, kwargs)
    seed, ne, nu = keywords.seed, keywords.ne, keywords.nu

    arrays = None
    if state is not None:
        arrays = arrays_of(state)
        state_units = arrays_ne(arrays)
        if ne is not None and int(ne) != state_units:
            warnings.warn(f"ne={ne} ignored: the state given has ne={state_units} (its Wee is "
                          f"{state_units} x {state_units})", stacklevel=3)
        ne = state_units
    ne = 200 if ne is None else _whole(ne, "ne")
    inputs = _inputs(inputs, nu, steps)
    nu = inputs.shape[0]
    callbacks = _names(callbacks, "callbacks")
    freeze = _names(freeze, "freeze")
    if seed is None:
        # drawn from numpy's global generator: np.random.seed(...) makes a script repeatable, as
        # it does with the package
        seed = int(np.random.random_sample() * 2.0 ** 53)

    front = _jvm.default_front()
    runner = _runner(front, ne, nu, plastic, freeze, bool(noise), keywords.noise_sigma,
                     keywords.parameters, keywords.variants, callbacks)
    layout = Layout.of(ne, nu, steps, callbacks)
    exchange = Exchange(layout)
    exchange.write_input(inputs)
    if arrays is None:
        weights, weights_at, activity, activity_at, kept, held = None, 0, None, 0, None, None
    else:
        weights, weights_at, activity, activity_at, kept, held = _sources.locate(arrays, layout)
    with _jvm.java_errors():
        if steps * ne <= _ON_CALLER:
            runner.runHere(seed, steps, weights, weights_at, activity, activity_at,
                           exchange.buffer)
        else:
            _run_waiting(runner.start(seed, steps, weights, weights_at, activity, activity_at,
                                      exchange.buffer))
    del held
    final = exchange.state()
    handed = [(final[k], a) for k, a, _, _ in layout.state]
    if not plastic and kept is not None:
        # no weight or threshold changes in the training phase: the package returns the very
        # arrays it was given, and so do we (Java wrote only X and Y)
        final.update(kept)
        handed = handed[5:]
    _sources.remember(exchange.buffer, handed)
    return final, exchange.callback_values()


Keywords = collections.namedtuple("Keywords", "seed ne nu noise_sigma parameters variants")


def _keywords(runner_name, kwargs):
    """The keyword arguments beyond the named ones: the package's hyper-parameters (those it takes
    without effect dropped), and the workbench's own."""
    seed = kwargs.pop("seed", None)
    noise_sigma = float(kwargs.pop("noise_sigma", 0.04))
    variants = kwargs.pop("variants", None) or {}
    parameters = {}
    if "h_ip" in kwargs:
        parameters["h_ip"] = float(kwargs.pop("h_ip"))
    ne = kwargs.pop("ne", None)
    nu = kwargs.pop("nu", None)
    sparse_ie = False
    for name, package_value in NETWORK_TYPES.items():
        value = kwargs.pop(name, package_value)
        if value not in ("Sparse", "Dense"):
            raise ValueError(f"{name} must be 'Sparse' or 'Dense', got {value!r}")
        if name == "network_type_ie":
            sparse_ie = value == "Sparse"
        elif value != package_value:
            raise ValueError(f"{name}='{value}' is not supported: the package makes W^EE and "
                             "W^EI sparse (its 'Dense' branch gives matrices of the wrong shape)")
    lambda_ie = kwargs.pop("lambda_ie", None)
    if sparse_ie and lambda_ie is not None:
        # the package leaves lambda_ie unused (W^IE dense); with Sparse it is the in-degree
        parameters["lambda_ie"] = float(lambda_ie)
    for name in UNUSED:
        kwargs.pop(name, None)
    for name in HYPERPARAMETERS:
        if name in kwargs:
            parameters[name] = float(kwargs.pop(name))
    if kwargs:
        raise TypeError(
            f"{runner_name}() got an unexpected keyword argument '{sorted(kwargs)[0]}'; expected "
            f"the package's ne, nu, {', '.join(HYPERPARAMETERS + UNUSED)}, lambda_ie, "
            f"network_type_ee/ei/ie, or the workbench's {', '.join(EXTRAS)}")
    return Keywords(seed, ne, nu, noise_sigma, parameters, variants)


def _run_waiting(started):
    """Waits for a run on its own thread in slices; Ctrl-C stops it at a step boundary."""
    try:
        while not started.awaitEnd(_SLICE_MS):
            pass
    except KeyboardInterrupt:
        started.stop()
        _wait_out(started)
        started.discard()
        raise KeyboardInterrupt(
            f"the run was stopped after {int(started.stepsDone())} steps") from None
    started.finish()


def _wait_out(started):
    """Waits for a stopped run's end, a further Ctrl-C included (the stop is a step away)."""
    while True:
        try:
            if started.awaitEnd(_SLICE_MS):
                return
        except KeyboardInterrupt:
            continue


def _runner(front, ne, nu, plastic, freeze, noise, noise_sigma, parameters, variants, callbacks):
    """The Java runner of these arguments, made once and kept for the calls that repeat them."""
    if not isinstance(variants, dict):
        raise ValueError(
            f"variants must be a dict of slot to variant, got {type(variants).__name__}")
    key = (ne, nu, plastic, freeze, noise, noise_sigma, tuple(sorted(parameters.items())),
           tuple(sorted(variants.items())), callbacks)
    runner = _runners.get(key)
    if runner is None:
        names = sorted(parameters)
        with _jvm.java_errors():
            runner = front.runner(ne, nu, plastic, list(freeze), noise, noise_sigma, names,
                                  [parameters[n] for n in names],
                                  [f"{s}={v}" for s, v in sorted(variants.items())],
                                  list(callbacks))
        _runners[key] = runner
        if len(_runners) > 64:
            _runners.popitem(last=False)
    else:
        _runners.move_to_end(key)
    return runner


def _alias(kwargs, alias, name, value, runner_name):
    if alias in kwargs:
        other = kwargs.pop(alias)
        if value is not None and other is not None:
            raise TypeError(f"{runner_name}() got both {name} and {alias} (the same argument)")
        return other if value is None else value
    return value


def _whole(value, name):
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, np.integer)):
        if not (isinstance(value, (float, np.floating)) and float(value).is_integer()):
            raise ValueError(f"{name} must be a whole number, got {value!r}")
    if int(value) < 0:
        raise ValueError(f"{name} must be >= 0, got {int(value)}")
    return int(value)


def _inputs(inputs, nu, steps):
    if inputs is None:
        raise ValueError("inputs must be given: an array of shape (nu, timesteps)")
    a = np.asarray(inputs, dtype=np.float64)
    if a.ndim != 2:
        raise ValueError(
            f"inputs must be a 2-D array of shape (nu, timesteps), got shape {a.shape}")
    if nu is not None and a.shape[0] != int(nu):
        raise ValueError(f"inputs must have nu={int(nu)} rows (one per input unit), got shape "
                         f"{a.shape}")
    if a.shape[1] < steps:
        raise ValueError(f"inputs has {a.shape[1]} columns (time steps), timesteps={steps} needs "
                         f"at least {steps}")
    return a


def _names(names, what):
    if names is None:
        return ()
    if isinstance(names, str) or not all(isinstance(n, str) for n in names):
        raise ValueError(f"{what} must be a list of names, got {names!r}")
    return tuple(names)


class Simulator_:
    """The package's Simulator: plasticity in every step (its phase only says where the state
    comes from, as in the package)."""

    def run(self, inputs=None, phase="plasticity", state=None, timesteps=None, noise=True,
            freeze=None, callbacks=None, **kwargs):
        """Makes ``timesteps`` steps from ``state`` (a fresh network when None) with ``inputs``
        (nu x timesteps): returns (state_dict, sim_dict). See docs/python.md."""
        return run("Simulator.run", True, inputs, phase, state, timesteps, noise, freeze,
                   callbacks, kwargs)


class Trainer_:
    """The package's Trainer: ``phase='training'`` makes steps without any plasticity."""

    def run(self, inputs=None, phase="training", state=None, timesteps=None, noise=True,
            freeze=None, callbacks=None, **kwargs):
        """As Simulator.run; with phase='training' no mechanism runs (freeze is then moot)."""
        return run("Trainer.run", False, inputs, phase, state, timesteps, noise, freeze,
                   callbacks, kwargs)


Simulator = Simulator_()
Trainer = Trainer_()
