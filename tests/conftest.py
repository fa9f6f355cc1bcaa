"""Shared fixtures: paths to the bundled samples and one warehouse built from them."""
from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "ingest" / "samples"
SEED = SAMPLES / "000_a1394b6d0e0c442f.txt"


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory) -> Path:
    """A warehouse file loaded once from every bundled sample issue (read it, do not write it)."""
    from ingest.pipeline import ingest_paths

    db = tmp_path_factory.mktemp("sample_db") / "samples.duckdb"
    summary = ingest_paths([SAMPLES], db_path=db)
    assert summary.failed == 0, summary.failures
    return db


@pytest.fixture
def seed_copy(tmp_path) -> Path:
    """The real seed issue copied into a scratch folder."""
    target = tmp_path / "in" / SEED.name
    target.parent.mkdir()
    shutil.copy(SEED, target)
    return target


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_healthy(url: str, server: subprocess.Popen, seconds: float = 60) -> None:
    """Wait for a Streamlit server at `url` (ending in /) to answer its health check."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"streamlit exited: {server.stdout.read()}")
        try:
            with urllib.request.urlopen(url + "_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError("streamlit did not start")
