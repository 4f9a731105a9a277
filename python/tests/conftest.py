"""Shared fixtures: the package from this tree, the golden vectors, the built workbench."""

import json
import os
import sys
from pathlib import Path

import numpy as np
import pytest

TESTS = Path(__file__).resolve().parent
PYTHON = TESTS.parent
ROOT = PYTHON.parent
sys.path.insert(0, str(PYTHON))

GOLDEN = TESTS / "golden"
NETWORK_CASES = sorted(p.stem for p in GOLDEN.glob("ne*.json"))


def golden(name):
    """One golden case: the package's arguments and results."""
    return json.loads((GOLDEN / f"{name}.json").read_text())


def numbers(values):
    """A golden value as an array, "NaN" and "Infinity" read as floats."""
    def number(v):
        if isinstance(v, str):
            return {"NaN": np.nan, "Infinity": np.inf, "-Infinity": -np.inf}[v]
        if isinstance(v, list):
            return [number(x) for x in v]
        return v
    return np.array(number(values), dtype=np.float64)


def workbench_home():
    """The workbench the tests run against: $SORN_HOME or the build of this tree."""
    home = Path(os.environ.get("SORN_HOME", ROOT / "distribution" / "target" / "sorn-workbench"))
    if not (home / "lib" / "sorn-launcher.jar").is_file():
        pytest.fail(f"no built workbench at {home}: run mvn -q -DskipTests install first")
    return home


@pytest.fixture(scope="session", autouse=True)
def built_workbench():
    home = workbench_home()
    os.environ["SORN_HOME"] = str(home)
    return home


@pytest.fixture
def in_tmp(tmp_path, monkeypatch):
    """The working folder is a fresh temporary one (plots are saved into it)."""
    monkeypatch.chdir(tmp_path)
    return tmp_path
