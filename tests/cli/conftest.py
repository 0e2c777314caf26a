"""Fixtures for the CLI tests: the real ``heuer`` command, run as a subprocess."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_helpers import HEUER, heuer_env

RunHeuer = Callable[..., subprocess.CompletedProcess]


@pytest.fixture(scope="session")
def run_heuer() -> RunHeuer:
    """Run ``heuer ARGS...`` in a fresh interpreter; returns the CompletedProcess (text, utf-8)."""

    def run(*args: str | os.PathLike[str], cwd: Path | None = None, input: str | None = None,
            timeout: float = 300) -> subprocess.CompletedProcess:
        return subprocess.run([*HEUER, *map(str, args)], cwd=cwd, input=input, capture_output=True, text=True,
                              encoding="utf-8", env=heuer_env(), timeout=timeout,
                              stdin=None if input is not None else subprocess.DEVNULL)

    return run
