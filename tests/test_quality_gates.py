"""The code passes the linters and the type checker CI runs, with the settings in pyproject.toml.

Run here so that the README's one test command (and so `.ci/run`) enforces them too.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHECKED = ["factcheck", "tests", "benchmarks", "training"]


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, timeout=600
    )


@pytest.mark.parametrize(
    "command",
    [
        pytest.param(("ruff", "check", *CHECKED), id="ruff-check"),
        pytest.param(("ruff", "format", "--check", *CHECKED), id="ruff-format"),
        # The files to check and how strictly come from [tool.mypy].
        pytest.param(("mypy",), id="mypy"),
    ],
)
def test_the_code_passes(command: tuple[str, ...]) -> None:
    completed = run(*command)
    assert completed.returncode == 0, completed.stdout + completed.stderr
