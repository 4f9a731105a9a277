"""Every Statistics function on the golden cases: the package's numbers where it is right, the
documented fixes where it is not (docs/analysis.md)."""

import numpy as np
import pytest

from conftest import golden, numbers
from sorn_workbench import Statistics

CLOSE = dict(rtol=0, atol=1e-12)
APPROX = dict(rel=0, abs=1e-12)


def cases(function):
    return golden(f"stats_{function}")["cases"]


def test_firing_rate_neuron():
    for case in cases("firing_rate_neuron"):
        a = case["args"]
        T, bin_size, rate = Statistics.firing_rate_neuron(np.array(a["spike_train"]), a["neuron"],
                                                          a["bin_size"])
        assert (T, bin_size) == tuple(case["output"][:2])
        assert rate == pytest.approx(case["output"][2], **APPROX)


def test_firing_rate_network():
    for case in cases("firing_rate_network"):
        out = Statistics.firing_rate_network(np.array(case["args"]["spike_train"]))
        assert (out == np.array(case["output"])).all()


def test_smoothness_measures():
    for case in cases("scale_dependent_smoothness_measure"):
        got = Statistics.scale_dependent_smoothness_measure(case["args"]["firing_rates"])
        assert got == pytest.approx(float(numbers(case["output"])), **APPROX)
    for case in cases("scale_independent_smoothness_measure"):
        got = Statistics.scale_independent_smoothness_measure(case["args"]["firing_rates"])
        want = float(numbers(case["output"]))
        assert got == pytest.approx(want, rel=1e-10, nan_ok=True)


def test_autocorr():
    for case in cases("autocorr"):
        got = Statistics.autocorr(case["args"]["firing_rates"], t=case["args"]["t"])
        assert got.shape == (2, 2)
        assert np.allclose(got, numbers(case["output"]), **CLOSE)


def test_avg_corr_coeff_matrix_is_the_packages_and_its_mean_is_fixed():
    for case in cases("avg_corr_coeff"):
        st = np.array(case["args"]["spike_train"])
        matrix, mean = Statistics.avg_corr_coeff(st)
        expected = numbers(case["output"][0])
        assert np.allclose(matrix, expected, equal_nan=True, **CLOSE)
        # the mean over the neurons whose correlation is defined (the package divides by 200
        # twice whatever N is, and any silent neuron makes it NaN)
        defined = ~np.isnan(np.diag(expected))
        assert mean == pytest.approx(expected[np.ix_(defined, defined)].mean(), **APPROX)


def test_spike_times():
    for case in cases("spike_times"):
        st = np.array(case["args"]["spike_train"])
        got = Statistics.spike_times(st)
        assert len(got) == st.ndim
        for ours, theirs in zip(got, case["output"]):
            assert (ours == np.array(theirs)).all()


def test_spike_time_intervals_of_one_neuron_and_fixed_for_many():
    for case in cases("spike_time_intervals"):
        st = np.array(case["args"]["spike_train"])
        got = Statistics.spike_time_intervals(st)
        if st.ndim == 1:
            assert (got == np.array(case["output"])).all()
        else:
            # each neuron's intervals, neuron after neuron (the package differences neuron indices)
            want = np.concatenate([np.diff(np.flatnonzero(st[:, i])) for i in range(st.shape[1])])
            assert (got == want).all()


def test_hamming_distance():
    for case in cases("hamming_distance"):
        a = case["args"]
        got = Statistics.hamming_distance(np.array(a["actual_spike_train"]),
                                          np.array(a["perturbed_spike_train"]))
        assert got == case["output"] and isinstance(got, list)


def test_fanofactor_and_its_error_when_the_windows_do_not_divide_the_steps():
    raised = 0
    for case in cases("fanofactor"):
        a = case["args"]
        st = np.array(a["spike_train"])
        if "raises" in case:
            assert case["raises"] == "ValueError"
            with pytest.raises(ValueError, match="windows must divide the"):
                Statistics.fanofactor(st, a["neuron"], a["window_size"])
            raised += 1
            continue
        got = Statistics.fanofactor(st, a["neuron"], a["window_size"])
        assert np.allclose(got, numbers(case["output"]), equal_nan=True, **CLOSE)
    assert raised == 9


def test_spike_source_entropy_counts_a_silent_neuron_as_nothing():
    for case in cases("spike_source_entropy"):
        a = case["args"]
        st = np.array(a["spike_train"])
        got = Statistics.spike_source_entropy(st, a["num_neurons"])
        counts = np.count_nonzero(st, axis=0)
        p = counts[counts > 0] / counts.sum()
        assert got == pytest.approx(np.sum(p * np.log(p)) / np.log(1 / a["num_neurons"]), **APPROX)
        if (counts > 0).all():
            assert got == pytest.approx(float(numbers(case["output"])), **APPROX)


def test_a_spike_train_that_is_not_zeros_and_ones_is_refused():
    with pytest.raises(ValueError,
                       match=r"spike_train must hold spikes as 0 and 1, got 2 at \(1, 0\)"):
        Statistics.firing_rate_network(np.array([[0, 1], [2, 0]]))
    with pytest.raises(ValueError, match=r"spike_train must be an array of shape \(T, N\)"):
        Statistics.fanofactor(np.zeros(10), 0, 2)
