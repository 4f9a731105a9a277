"""The Python examples of README.md and docs/python.md run as written."""

import os
import re

import numpy as np

from conftest import ROOT


def code_after(document, heading):
    """The first python code block after ``heading`` in ``document``."""
    text = (ROOT / document).read_text()
    rest = text[text.index(heading):]
    return re.search(r"```python\n(.*?)```", rest, re.S).group(1)


def test_the_readme_example(in_tmp):
    scope = {}
    exec(code_after("README.md", "## From Python"), scope)
    assert scope["sim"]["ExcitatoryActivation"].shape == (200, 200)
    assert os.path.isfile(in_tmp / "RasterSpikeTrain.png")


def test_the_live_session_example(monkeypatch):
    monkeypatch.chdir(ROOT)  # the example names the example bundle by its path in the tree
    scope = {}
    exec(code_after("docs/python.md", "### Live sessions"), scope)
    assert scope["x"].shape == (20_000, 200)
    assert set(scope["state"]) == {"Wee", "Wei", "Wie", "Te", "Ti", "X", "Y"}
    assert "sp frozen" in scope["sim"].events()
    assert isinstance(scope["state"]["Wee"], np.ndarray)
