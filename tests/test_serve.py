"""`newsetl serve` starts its own Prefect server, and a scheduled run really fires and publishes."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import SEED

pytestmark = pytest.mark.slow
DEADLINE_S = 240


def test_scheduled_run_fires_and_publishes(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    warehouse = tmp_path / "warehouse"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env |= {"PREFECT_HOME": str(tmp_path / "prefect-home"), "NEWSETL_SERVE_UI": "false"}
    log = (tmp_path / "serve.log").open("w+")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "flows.cli",
            "serve",
            "--seeds",
            str(seeds),
            "--warehouse",
            str(warehouse),
            "--interval",
            "5",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
        start_new_session=True,
    )
    try:
        published = warehouse / "parquet" / "articles"
        deadline = time.monotonic() + DEADLINE_S
        while time.monotonic() < deadline and not published.is_dir() and process.poll() is None:
            time.sleep(1)
        output = Path(log.name).read_text()
        assert published.is_dir(), output[-3000:]
        assert list(published.glob("*.parquet"))
        api = re.search(r"Prefect API at (http://\S+/api)", output)
        assert api, output[-2000:]
    finally:
        os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    # The server the command started is gone with it (given a few seconds to shut down).
    assert _gone(f"{api.group(1)}/health", within_s=15)


def _gone(url: str, within_s: float) -> bool:
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
        except OSError:
            return True
        time.sleep(0.5)
    return False
