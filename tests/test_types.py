"""mypy over src/eventwire with the project's configuration (pyproject.toml) finds nothing:
the same check `make lint` and CI run (and land.sh runs before every landing). Marked slow:
it is ten seconds of the fast suite repeating what lint checks; CI's slow run still runs it."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from conftest import ROOT


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("mypy") is None,
                    reason="mypy is not installed (pip install -e '.[test]')")
def test_mypy_finds_no_errors() -> None:
    run = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True,
                         text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.startswith("Success: no issues found")
