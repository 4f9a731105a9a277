"""The package's Statistics, computed by the workbench's statistics bundle on the caller's arrays
(the package's numbers where it is right, the fixes of docs/analysis.md where it is not)."""

import numpy as np

from . import _jvm


def checked_train(values, name="spike_train", one_neuron=False):
    """A (T, N) array of 0/1 as uint8 (a 1-D train, when allowed, as (T, 1)), checked."""
    a = np.asarray(values)
    if one_neuron and a.ndim == 1:
        a = a.reshape(-1, 1)
    if a.ndim != 2:
        wanted = "(T,) or (T, N)" if one_neuron else "(T, N), time first"
        raise ValueError(f"{name} must be an array of shape {wanted}, got shape {a.shape}")
    if a.size == 0:
        raise ValueError(f"{name} must hold at least one step of one neuron, got shape {a.shape}")
    if a.dtype != np.bool_:
        bad = (a != 0) & (a != 1)
        if bad.any():
            where = tuple(int(i) for i in np.argwhere(bad)[0])
            raise ValueError(
                f"{name} must hold spikes as 0 and 1, got {a[where].item()!r} at {where}")
    return np.ascontiguousarray(a, dtype=np.uint8)


def crossing(train):
    """(buffer, T, N) of a checked train: the Java view over its memory."""
    return _jvm.direct_buffer(train), int(train.shape[0]), int(train.shape[1])


def _doubles(values, name):
    a = np.asarray(values, dtype=np.float64)
    if a.ndim != 1:
        raise ValueError(f"{name} must be a 1-D series, got shape {a.shape}")
    return _jvm.jpype.JArray(_jvm.jpype.JDouble)(a)


def _whole(value, name, least=0):
    if isinstance(value, (bool, np.bool_)) or int(value) != value or int(value) < least:
        raise ValueError(f"{name} must be a whole number >= {least}, got {value!r}")
    return int(value)


def _ints(java_array):
    return np.array(list(java_array), dtype=np.int64)


class Statistics:
    """The package's Statistics (spec section 7); spike trains are (T, N), time first."""

    @staticmethod
    def firing_rate_neuron(spike_train: np.ndarray, neuron: int, bin_size: int):
        """(T, bin_size, spikes of ``neuron`` x bin_size / T)."""
        train = checked_train(spike_train)
        with _jvm.java_errors():
            rate = _jvm.default_front().firingRateNeuron(
                *crossing(train), _whole(neuron, "neuron"), _whole(bin_size, "bin_size"))
        return int(train.shape[0]), int(bin_size), float(rate)

    @staticmethod
    def firing_rate_network(spike_train: np.ndarray):
        """The number of active units of each step."""
        train = checked_train(spike_train)
        with _jvm.java_errors():
            return _ints(_jvm.default_front().firingRateNetwork(*crossing(train)))

    @staticmethod
    def scale_dependent_smoothness_measure(firing_rates: list):
        """std(diff(firing_rates)), ddof 0."""
        with _jvm.java_errors():
            return np.float64(_jvm.default_front().scaleDependentSmoothness(
                _doubles(firing_rates, "firing_rates")))

    @staticmethod
    def scale_independent_smoothness_measure(firing_rates: list):
        """std(diff(firing_rates)) / |mean(diff(firing_rates))|, infinite or NaN for a mean of 0."""
        with _jvm.java_errors():
            return np.float64(_jvm.default_front().scaleIndependentSmoothness(
                _doubles(firing_rates, "firing_rates")))

    @staticmethod
    def autocorr(firing_rates: list, t: int = 2):
        """The 2 x 2 Pearson matrix of firing_rates[0:n-t] and firing_rates[t:n]."""
        with _jvm.java_errors():
            m = _jvm.default_front().autocorr(_doubles(firing_rates, "firing_rates"),
                                              _whole(t, "t"))
        return np.array([list(row) for row in m], dtype=np.float64)

    @staticmethod
    def avg_corr_coeff(spike_train: np.ndarray):
        """(C, c): C the N x N correlation matrix of the neurons (NaN rows for a silent one), c
        its mean over the neurons whose correlation is defined (the package divides by 200 twice
        and gives NaN for any silent neuron)."""
        train = checked_train(spike_train)
        n = train.shape[1]
        matrix = np.empty((n, n), dtype=np.float64)
        with _jvm.java_errors():
            average = _jvm.default_front().avgCorrCoeff(*crossing(train),
                                                        _jvm.direct_buffer(matrix))
        return matrix, np.float64(average)

    @staticmethod
    def spike_times(spike_train: np.ndarray):
        """Where the train is 1, as np.where gives it: (times,) of a 1-D train, (times, neurons)
        of a 2-D one, row-major."""
        one = np.ndim(spike_train) == 1
        train = checked_train(spike_train, one_neuron=True)
        with _jvm.java_errors():
            steps, neurons = _jvm.default_front().spikeTimes(*crossing(train))
        return (_ints(steps),) if one else (_ints(steps), _ints(neurons))

    @staticmethod
    def spike_time_intervals(spike_train):
        """The inter-spike intervals: of the one neuron of a 1-D train; of each neuron of a 2-D
        one, neuron after neuron (the package differences the neuron indices there instead)."""
        train = checked_train(spike_train, one_neuron=True)
        with _jvm.java_errors():
            return _ints(_jvm.default_front().spikeTimeIntervals(*crossing(train)))

    @staticmethod
    def hamming_distance(actual_spike_train: np.ndarray, perturbed_spike_train: np.ndarray):
        """The number of units in a different state, per step (a list, as in the package)."""
        a = checked_train(actual_spike_train, "actual_spike_train")
        b = checked_train(perturbed_spike_train, "perturbed_spike_train")
        if a.shape != b.shape:
            raise ValueError(f"the spike trains must have the same shape, got {a.shape} and "
                             f"{b.shape}")
        with _jvm.java_errors():
            d = _jvm.default_front().hammingDistance(
                _jvm.direct_buffer(a), _jvm.direct_buffer(b), int(a.shape[0]), int(a.shape[1]))
        return [int(v) for v in d]

    @staticmethod
    def fanofactor(spike_train: np.ndarray, neuron: int, window_size: int):
        """(mean, variance, variance / mean) of the spike counts of ``neuron`` in ``window_size``
        equal windows (a number of windows, as in the package; it must divide T)."""
        train = checked_train(spike_train)
        with _jvm.java_errors():
            mean, variance, fano = _jvm.default_front().fanofactor(
                *crossing(train), _whole(neuron, "neuron"), _whole(window_size, "window_size", 1))
        return np.float64(mean), np.float64(variance), np.float64(fano)

    @staticmethod
    def spike_source_entropy(spike_train: np.ndarray, num_neurons: int):
        """sum p_i ln p_i / ln(1/num_neurons), p_i the share of the spikes from neuron i, with
        0 ln 0 = 0 (the package gives NaN as soon as one neuron is silent)."""
        train = checked_train(spike_train)
        with _jvm.java_errors():
            return np.float64(_jvm.default_front().spikeSourceEntropy(
                *crossing(train), _whole(num_neurons, "num_neurons")))
