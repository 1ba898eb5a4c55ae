"""`newsetl serve`: the flow as a scheduled Prefect deployment.

Schedules need a Prefect server with its scheduler; the ephemeral API only warns and never runs
them. So without `PREFECT_API_URL` this starts a local server as a child process (stopped on
exit), points Prefect at it and says where its UI is.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from flows.settings import Settings

DEFAULT_CRON = "0 * * * *"
PR_SET_PDEATHSIG = 1
SERVER_START_TIMEOUT_S = 180.0


def serve_flow(settings: Settings, *, cron: str | None, interval: float | None, name: str) -> int:
    with prefect_server() as api_url:
        print(
            f"newsetl serve: Prefect API at {api_url}; UI at {api_url.removesuffix('/api')}",
            flush=True,
        )
        from flows.news_etl import news_etl

        schedule = {"interval": interval} if interval else {"cron": cron or DEFAULT_CRON}
        print(f"newsetl serve: deployment {name!r} on {schedule}; Ctrl-C stops it", flush=True)
        news_etl.serve(
            name=name,
            parameters={
                "seeds_dir": str(settings.seeds_dir.resolve()),
                "warehouse_dir": str(settings.warehouse_dir.resolve()),
                "parquet_url": settings.parquet_url,
                "wait": True,
            },
            **schedule,  # type: ignore[arg-type]
        )
    return 0


@contextmanager
def prefect_server() -> Iterator[str]:
    """Yield the API URL: PREFECT_API_URL when set, else a local server started for the duration."""
    existing = os.environ.get("PREFECT_API_URL")
    if existing:
        yield existing
        return
    port = _free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    log = Path(os.environ.get("TMPDIR", "/tmp")) / f"newsetl-prefect-server-{port}.log"
    env = {**os.environ, "PREFECT_UI_ENABLED": os.environ.get("NEWSETL_SERVE_UI", "true")}
    with log.open("wb") as output:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "prefect",
                "server",
                "start",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
            ],
            stdout=output,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
            preexec_fn=_die_with_parent,
        )
        try:
            _wait_healthy(api_url, server, log)
            os.environ["PREFECT_API_URL"] = api_url
            yield api_url
        finally:
            os.environ.pop("PREFECT_API_URL", None)
            _stop(server)


def _die_with_parent() -> None:
    """Linux: the server gets SIGTERM when `newsetl serve` dies, even by SIGKILL, so no server
    is left behind when the finally-block below never runs."""
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        pass  # not Linux: the finally-block still stops the server on a normal exit


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_healthy(api_url: str, server: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"Prefect server exited with {server.returncode}; see {log}")
        try:
            with urllib.request.urlopen(f"{api_url}/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise RuntimeError(
        f"Prefect server did not answer within {SERVER_START_TIMEOUT_S:.0f}s; see {log}"
    )


def _stop(server: subprocess.Popen[bytes]) -> None:
    if server.poll() is not None:
        return
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()
