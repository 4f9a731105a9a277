"""The package's Plotter, drawn by the workbench's plots bundle: each function returns a Figure
that shows itself in Jupyter and saves as PNG or SVG."""

import os
from pathlib import Path

import numpy as np

from . import _jvm
from ._statistics import checked_train, crossing


class Figure:
    """One plot of the plots bundle, rendered when first asked in each format."""

    def __init__(self, figure, name):
        self._figure = figure
        self.name = name
        self._rendered = {}

    def png(self):
        """The plot as PNG bytes."""
        return self._render("png")

    def svg(self):
        """The plot as an SVG document."""
        return self._render("svg").decode("utf-8")

    def _render(self, kind):
        if kind not in self._rendered:
            with _jvm.java_errors():
                data = self._figure.png() if kind == "png" else self._figure.svg()
            self._rendered[kind] = bytes(data)
        return self._rendered[kind]

    def _repr_png_(self):
        return self.png()

    def _repr_svg_(self):
        return self.svg()

    def savefig(self, fname, format=None):
        """Writes the plot to ``fname`` as PNG or SVG (from ``format``, else the extension, else
        PNG with ``.png`` added, as matplotlib does). The file is written aside and moved into
        place, so it is whole or absent."""
        path = Path(fname)
        kind = (format or path.suffix.lstrip(".") or "png").lower()
        if kind not in ("png", "svg"):
            raise ValueError(f"savefig: format must be png or svg, got {kind!r}")
        if not path.suffix:
            path = path.with_name(path.name + "." + kind)
        data = self._render(kind)
        partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
        try:
            with open(partial, "wb") as out:
                out.write(data)
            os.replace(partial, path)
        except BaseException:
            if partial.exists():
                partial.unlink()
            raise
        return str(path)

    def __repr__(self):
        return f"<sorn_workbench Figure {self.name}>"


def _matrix(values, name):
    a = np.ascontiguousarray(values, dtype=np.float64)
    if a.ndim != 2 or a.size == 0:
        raise ValueError(f"{name} must be a 2-D matrix with at least one entry, got shape "
                         f"{a.shape}")
    return a


def _spikes(function, spike_train, neuron=0):
    train = checked_train(spike_train)
    with _jvm.java_errors():
        return _jvm.default_front().plotSpikes(function, *crossing(train), int(neuron))


def _of_matrix(function, values, name, threshold=0.0):
    m = _matrix(values, name)
    with _jvm.java_errors():
        return _jvm.default_front().plotMatrix(function, _jvm.direct_buffer(m), int(m.shape[0]),
                                               int(m.shape[1]), float(threshold))


def _of_series(function, values, name):
    a = np.asarray(values)
    if a.ndim != 1 or a.size == 0:
        raise ValueError(f"{name} must be a 1-D series with at least one value, got shape "
                         f"{a.shape}")
    if not np.all(np.isfinite(a)) or not np.all(a == np.round(a)):
        raise ValueError(f"{name} must hold whole numbers (counts)")
    series = _jvm.jpype.JArray(_jvm.jpype.JLong)(a.astype(np.int64))
    with _jvm.java_errors():
        return _jvm.default_front().plotSeries(function, series)


def _shown(figure, function, savefig, file_name):
    """The Figure, saved under the package's file name in the working folder when asked."""
    shown = Figure(figure, function)
    if savefig:
        shown.savefig(file_name)
    return shown


class Plotter:
    """The package's Plotter (spec section 8), drawn by the plots bundle (docs/analysis.md).
    Each function returns a Figure; ``savefig=True`` also writes it into the working folder under
    the package's file name, as PNG. Bin counts are the plots bundle's (docs/python.md)."""

    @staticmethod
    def hist_incoming_conn(weights, bin_size=None, histtype=None, savefig=False):
        """Density of the units' incoming connections (w > 0 per column), with a normal fit."""
        return _shown(_of_matrix("hist_incoming_conn", weights, "weights"), "hist_incoming_conn",
                      savefig, "hist_incoming_conn.png")

    @staticmethod
    def hist_outgoing_conn(weights, bin_size=None, histtype=None, savefig=False):
        """Density of the units' outgoing connections (w > 0 per row), with a normal fit."""
        return _shown(_of_matrix("hist_outgoing_conn", weights, "weights"), "hist_outgoing_conn",
                      savefig, "hist_outgoing_conn.png")

    @staticmethod
    def network_connection_dynamics(connection_counts, savefig=False):
        """The connection count per step."""
        return _shown(_of_series("network_connection_dynamics", connection_counts,
                                 "connection_counts"),
                      "network_connection_dynamics", savefig, "connection_dynamics.png")

    @staticmethod
    def hist_firing_rate_network(spike_train, bin_size=None, savefig=False):
        """How many steps had k active units, k > 0."""
        return _shown(_spikes("hist_firing_rate_network", spike_train),
                      "hist_firing_rate_network", savefig, "hist_firing_rate_network.png")

    @staticmethod
    def scatter_plot(spike_train, savefig=False):
        """A dot per spike, and the active units per step."""
        return _shown(_spikes("scatter_plot", spike_train), "scatter_plot", savefig,
                      "ScatterSpikeTrain.png")

    @staticmethod
    def raster_plot(spike_train, savefig=False):
        """Red strokes for the spikes of the last 1,000 steps, and the active units per step."""
        return _shown(_spikes("raster_plot", spike_train), "raster_plot", savefig,
                      "RasterSpikeTrain.png")

    @staticmethod
    def correlation(corr, savefig=False):
        """The correlation matrix below its diagonal, blue-white-red."""
        return _shown(_of_matrix("correlation", corr, "corr"), "correlation", savefig,
                      "Correlation between neurons.png")

    @staticmethod
    def isi_exponential_fit(spike_train, neuron, bin_size=None, savefig=False):
        """The inter-spike intervals of ``neuron`` with an exponential (maximum-likelihood rate)."""
        return _shown(_spikes("isi_exponential_fit", spike_train, neuron), "isi_exponential_fit",
                      savefig, "isi_exponential_fit.png")

    @staticmethod
    def weight_distribution(weights, bin_size=None, savefig=False):
        """The counts of the weights of at least 0.01, at the bins' left edges."""
        return _shown(_of_matrix("weight_distribution", weights, "weights"),
                      "weight_distribution", savefig, "weight_distribution.png")

    @staticmethod
    def linear_lognormal_fit(weights, num_points=None, savefig=False):
        """The density of the weights of at least 0.01 and their lognormal fit, on linear and on
        logarithmic weight axes, side by side."""
        return _shown(_of_matrix("linear_lognormal_fit", weights, "weights"),
                      "linear_lognormal_fit", savefig, "LinearLognormalFit.png")

    @staticmethod
    def plot_network(corr, corr_thres, fig_name=None):
        """The units on a circle, the pairs correlated above ``corr_thres`` as chords; saved to
        ``fig_name`` when given (the package saves it to a file named "None" otherwise)."""
        figure = _of_matrix("plot_network", corr, "corr", corr_thres)
        return _shown(figure, "plot_network", fig_name is not None, fig_name)

    @staticmethod
    def hamming_distance(hamming_dist, savefig=False):
        """The units in a different state per step."""
        return _shown(_of_series("hamming_distance", hamming_dist, "hamming_dist"),
                      "hamming_distance", savefig, "HammingDistance.png")
