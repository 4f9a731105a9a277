"""pip installs the package offline with the Debian packages' pip and setuptools (python3-pip,
python3-venv: Debian's pip installs into a virtual environment), and the installed package runs
from anywhere with SORN_HOME."""

import os
import shutil
import subprocess

from conftest import PYTHON, workbench_home

DEBIAN_PYTHON = "/usr/bin/python3"


def test_pip_installs_it_offline_into_a_virtual_environment_and_it_runs(tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(PYTHON / name, source / name)
    shutil.copytree(PYTHON / "sorn_workbench", source / "sorn_workbench",
                    ignore=shutil.ignore_patterns("__pycache__"))
    env_dir = tmp_path / "env"
    # Debian's interpreter, pip and setuptools; its packages (numpy, JPype) stay visible
    subprocess.run([DEBIAN_PYTHON, "-m", "venv", "--system-site-packages", str(env_dir)],
                   check=True, capture_output=True, timeout=300)
    offline = dict(os.environ, PIP_NO_INDEX="1", PIP_CONFIG_FILE=os.devnull,
                   PIP_DISABLE_PIP_VERSION_CHECK="1")
    installed = subprocess.run(
        [str(env_dir / "bin" / "pip"), "install", "--no-build-isolation", str(source)],
        capture_output=True, text=True, timeout=300, env=offline)
    assert installed.returncode == 0, installed.stdout + installed.stderr

    script = ("import sorn_workbench, numpy as np; print(sorn_workbench.__file__); "
              "print(sorn_workbench.Statistics.firing_rate_network(np.eye(3))[1])")
    elsewhere = dict(os.environ, SORN_HOME=str(workbench_home()))
    elsewhere.pop("PYTHONPATH", None)
    ran = subprocess.run([str(env_dir / "bin" / "python"), "-c", script], capture_output=True,
                         text=True, timeout=300, cwd=tmp_path, env=elsewhere)
    assert ran.returncode == 0, ran.stderr
    where, result = ran.stdout.split()
    assert where.startswith(str(env_dir)) and result == "1"

    # without SORN_HOME, away from a clone: one line that says what to do
    elsewhere.pop("SORN_HOME")
    failed = subprocess.run([str(env_dir / "bin" / "python"), "-c", script], capture_output=True,
                            text=True, timeout=300, cwd=tmp_path, env=elsewhere)
    assert failed.returncode == 1
    assert failed.stderr.strip().splitlines()[-1] == (
        "sorn_workbench._jvm.NotBuiltError: no SORN Workbench found: set SORN_HOME to a built "
        "workbench (distribution/target/sorn-workbench of a clone built with mvn -q -DskipTests "
        "install)")
