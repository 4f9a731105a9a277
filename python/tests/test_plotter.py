"""Every Plotter function: a Figure drawn by the plots bundle that shows in Jupyter and saves as
PNG or SVG, under the package's file name when savefig=True."""

import os
import xml.etree.ElementTree as ElementTree

import numpy as np
import pytest

from sorn_workbench import Figure, Plotter

PNG = b"\x89PNG\r\n\x1a\n"


def png_size(data):
    assert data[:8] == PNG
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


@pytest.fixture(scope="module")
def data():
    rng = np.random.default_rng(3)
    spikes = (rng.random((400, 60)) < 0.12).astype(float)
    weights = np.where(rng.random((60, 60)) < 0.2, rng.random((60, 60)) * 0.3, 0.0)
    corr = np.corrcoef(spikes.T)
    return spikes, weights, corr


def every_plot(data, savefig):
    spikes, weights, corr = data
    return {
        "hist_incoming_conn.png": Plotter.hist_incoming_conn(weights, 10, "bar", savefig),
        "hist_outgoing_conn.png": Plotter.hist_outgoing_conn(weights, 10, "bar", savefig),
        "connection_dynamics.png": Plotter.network_connection_dynamics(
            np.array([500, 504, 510, 507, 512]), savefig),
        "hist_firing_rate_network.png": Plotter.hist_firing_rate_network(spikes, 10, savefig),
        "ScatterSpikeTrain.png": Plotter.scatter_plot(spikes, savefig),
        "RasterSpikeTrain.png": Plotter.raster_plot(spikes, savefig),
        "Correlation between neurons.png": Plotter.correlation(corr, savefig),
        "isi_exponential_fit.png": Plotter.isi_exponential_fit(spikes, 5, 10, savefig),
        "weight_distribution.png": Plotter.weight_distribution(weights, 10, savefig),
        "LinearLognormalFit.png": Plotter.linear_lognormal_fit(weights, 100, savefig),
        "network.png": Plotter.plot_network(corr, 0.05, "network.png" if savefig else None),
        "HammingDistance.png": Plotter.hamming_distance([3, 5, 2, 8, 4], savefig),
    }


def test_every_plot_saves_as_the_package_names_it(data, in_tmp):
    figures = every_plot(data, True)
    assert sorted(os.listdir(in_tmp)) == sorted(figures)
    for name, figure in figures.items():
        assert isinstance(figure, Figure)
        saved = (in_tmp / name).read_bytes()
        assert saved == figure.png(), name
        width, height = png_size(saved)
        # two panels side by side for the linear and the logarithmic fit, as the package's subplots
        assert (width, height) == ((1800 if name == "LinearLognormalFit.png" else 900), 560), name


def test_every_figure_shows_in_jupyter_and_saves_as_svg_or_png(data, in_tmp):
    for name, figure in every_plot(data, False).items():
        assert figure._repr_png_()[:8] == PNG
        svg = figure._repr_svg_()
        assert ElementTree.fromstring(svg.encode()).tag == "{http://www.w3.org/2000/svg}svg", name
        stem = os.path.splitext(name)[0].replace(" ", "_")
        assert figure.savefig(f"{stem}.svg") == f"{stem}.svg"
        assert (in_tmp / f"{stem}.svg").read_text() == svg
        assert figure.savefig(f"{stem}-copy") == f"{stem}-copy.png"
        assert (in_tmp / f"{stem}-copy.png").read_bytes() == figure.png()
    assert not [f for f in os.listdir(in_tmp) if f.endswith(".partial")]
    assert not os.path.exists("network.png"), "plot_network saves only when given fig_name"


def test_bad_plot_arguments_are_one_line_errors(data):
    spikes, weights, corr = data
    with pytest.raises(ValueError, match="neuron must be in 0..59, got 60"):
        Plotter.isi_exponential_fit(spikes, 60, 10)
    with pytest.raises(ValueError, match=r"corr must be a square N x N matrix, got 60 x 59"):
        Plotter.correlation(corr[:, 1:])
    with pytest.raises(ValueError, match="savefig: format must be png or svg, got 'pdf'"):
        Plotter.raster_plot(spikes).savefig("raster.pdf")
