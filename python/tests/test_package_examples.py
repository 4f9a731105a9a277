"""The package's own usage examples, verbatim but for the import: its README (v0.7.3) and the
Plotter and Statistics calls of its documentation."""

import os
import warnings

import numpy as np
import pytest

# the README's two examples, as the package prints them; only the imports are ours
README_PLASTICITY = '''
import sorn
from sorn import Simulator
import numpy as np

# Sample input
num_features = 10
time_steps = 200
inputs = np.random.rand(num_features,time_steps)

# Simulate the network with default hyperparameters under gaussian white noise
state_dict, sim_dict = Simulator.run(inputs=inputs, phase='plasticity',
                                     state=None, noise=True,
                                     timesteps=time_steps,
                                     callbacks=["ExcitatoryActivation", 
                                                "WEE", 
                                                "EEConnectionCounts"])
'''

README_TRAINING = '''
from sorn import Trainer
# NOTE: During training phase, input to `sorn` should have second (time) dimension set to 1. ie., input shape should be (input_features,1).

inputs = np.random.rand(num_features,1)

# SORN network is frozen during training phase
state_dict, sim_dict = Trainer.run(inputs= inputs, phase='training',
                                   state=state_dict, noise=False,
                                   timesteps=1,
                                   ne=100, nu=num_features,
                                   lambda_ee=10, eta_stdp=0.001, 
                                   callbacks=["InhibitoryActivation", 
                                              "WEI", 
                                              "EIConnectionCounts"] )
'''

# the documentation's Plotter and Statistics calls (its E is 200 x 1000 of 0/1)
DOCUMENTATION = '''
from sorn import Plotter
# For example, the network has 200 neurons in the excitatory pool.
Wee = np.random.randn(200,200) # Note that generally Wee is sparse
Wee=Wee/Wee.max() # state_dict['Wee'] returned by the SORN is already normalized
Plotter.weight_distribution(weights= Wee, bin_size = 5, savefig = True)

E = np.random.randint(2, size=(200,1000)) # For example, activity of 200 excitatory neurons in 1000 time steps
Plotter.scatter_plot(spike_train = E, savefig=True)

# Raster plot of activity of only first 10 neurons in the excitatory pool
Plotter.raster_plot(spike_train = E[:,0:10], savefig=True)

# Histogram of number of presynaptic connections per neuron in the excitatory pool
Plotter.hist_incoming_conn(weights=Wee, bin_size=10, histtype='bar', savefig=True)

Plotter.hist_firing_rate_network(E, bin_size=10, savefig=True)

from sorn import Statistics
avg_corr_coeff,_ = Statistics.avg_corr_coeff(E)
Plotter.correlation(avg_corr_coeff,savefig=True)

# Inter spike intervals with exponential curve fit for neuron 1 in the Excitatory pool
Plotter.isi_exponential_fit(E,neuron=1,bin_size=10, savefig=True)

# Distribution of connection weights in linear and lognormal scale
Plotter.linear_lognormal_fit(weights=Wee,num_points=100, savefig=True)

# Draw network connectivity using the pearson correlation function between neurons in the excitatory pool
Plotter.plot_network(avg_corr_coeff,corr_thres=0.01,fig_name='network.png')

from sorn import Statistics
pearson_corr_matrix = Statistics.autocorr(firing_rates = [1,1,5,6,3,7], t= 2)

# To verify poissonian process in spike generation of neuron 10
mean_firing_rate, variance_firing_rate, fano_factor = Statistics.fanofactor(spike_train= E,
                                                                        neuron = 10,
                                                                        window_size = 10)

# Measure the uncertainty about the origin of spike from the network using entropy
sse = Statistics.spike_source_entropy(spike_train= E, num_neurons=200)
'''


def ours(example):
    """The example with the package's imports made ours, and nothing else changed."""
    return (example.replace("import sorn\n", "import sorn_workbench as sorn\n")
            .replace("from sorn import", "from sorn_workbench import"))


def test_the_readme_examples_run_and_return_the_packages_keys_shapes_and_dtypes():
    scope = {}
    exec(ours(README_PLASTICITY), scope)
    state, sim = scope["state_dict"], scope["sim_dict"]
    assert {k: v.shape for k, v in state.items()} == {
        "Wee": (200, 200), "Wei": (40, 200), "Wie": (200, 40), "Te": (200, 1), "Ti": (40, 1),
        "X": (200, 2), "Y": (40, 2)}
    assert sim["ExcitatoryActivation"].shape == (200, 200)
    assert sim["WEE"].shape == (200, 200, 200)
    assert sim["EEConnectionCounts"].shape == (200,)
    assert sim["EEConnectionCounts"].dtype == np.int64
    # W^EE after the last step's plasticity is the final state's
    assert (sim["WEE"][-1] == state["Wee"]).all()
    # its columns are normalised: each unit's incoming weights sum to 1
    assert np.allclose(state["Wee"].sum(axis=0), 1.0)

    # the README passes ne=100 with the 200-unit state it just made (the package fails there):
    # the state's size is kept, and said
    with pytest.warns(UserWarning, match="ne=100 ignored: the state given has ne=200"):
        exec(ours(README_TRAINING), scope)
    trained, sim = scope["state_dict"], scope["sim_dict"]
    assert sim["InhibitoryActivation"].shape == (1, 40)
    assert sim["WEI"].shape == (1, 40, 200)
    assert sim["EIConnectionCounts"].shape == (1,)
    # training changes no weight and no threshold
    for key in ("Wee", "Wei", "Wie", "Te", "Ti"):
        assert (trained[key] == state[key]).all(), key
    assert (trained["X"][:, 0] == state["X"][:, 1]).all()


def test_the_documentations_plotter_and_statistics_calls_run(in_tmp):
    scope = {"np": np}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        exec(ours(DOCUMENTATION), scope)
    written = sorted(os.listdir(in_tmp))
    assert written == sorted([
        "weight_distribution.png", "ScatterSpikeTrain.png", "RasterSpikeTrain.png",
        "hist_incoming_conn.png", "hist_firing_rate_network.png",
        "Correlation between neurons.png", "isi_exponential_fit.png", "LinearLognormalFit.png",
        "network.png"])
    for name in written:
        assert (in_tmp / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", name
    assert scope["pearson_corr_matrix"].shape == (2, 2)
    assert np.isfinite(scope["fano_factor"]) and np.isfinite(scope["sse"])
