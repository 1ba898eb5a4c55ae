"""`newsetl run` without PREFECT_API_URL starts Prefect's ephemeral API as its own child
process, runs on it, and leaves nothing behind."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEED
from tests.test_serve import _gone

pytestmark = pytest.mark.slow


def test_run_starts_and_stops_its_own_prefect_server(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env |= {"PREFECT_HOME": str(tmp_path / "prefect-home"), "PREFECT_LOGGING_LEVEL": "INFO"}
    done = subprocess.run(
        [sys.executable, "-m", "flows.cli", "run", "--seeds", str(seeds), "--warehouse", "w"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-3000:]
    assert "published run" in done.stdout
    assert list((tmp_path / "w" / "parquet" / "quotes").glob("*.parquet"))
    # Logs reached the API before the server stopped; Prefect did not start a server of its own.
    assert "Error logging to API" not in output, output[-3000:]
    assert "Starting temporary server" not in output
    port = re.search(r"View at http://127\.0\.0\.1:(\d+)/", output)
    assert port, output[-2000:]
    assert _gone(f"http://127.0.0.1:{port.group(1)}/api/health", within_s=15)
