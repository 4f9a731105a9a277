"""SORN Workbench from Python.

``from sorn_workbench import Simulator, Trainer, Plotter, Statistics`` is the ``sorn`` package's
API (v0.7.3) made by the workbench's engine in this process; ``Workbench`` opens live sessions and
``load_run`` reads run folders. See docs/python.md.
"""

from ._plotter import Figure, Plotter
from ._runners import Simulator, Trainer
from ._runs import PackedFlags, Run, load_run
from ._session import Simulation, Workbench
from ._statistics import Statistics

__all__ = ["Simulator", "Trainer", "Plotter", "Statistics", "Figure", "Workbench", "Simulation",
           "load_run", "Run", "PackedFlags"]
__version__ = "0.1.0"
