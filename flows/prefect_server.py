"""A Prefect API server as a child process of newsetl, for runs and schedules.

`newsetl serve` needs a full server (scheduler, UI). `newsetl run` needs only an API for the
length of one flow run: Prefect's ephemeral mode provides one, but it imports the whole server
into the run's process (~5 s) before it even starts the server process (~7 s more). Started
here as the first thing the command does, the same ephemeral server boots on the other core
while the run imports its own code, and the run's process never imports the server at all.
Both servers get SIGTERM if newsetl dies, even by SIGKILL (Linux), so none is left behind.
"""

from __future__ import annotations

import importlib.util
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

PR_SET_PDEATHSIG = 1
SERVER_START_TIMEOUT_S = 180.0


class ServerStartFailed(RuntimeError):
    """The child server exited or did not answer in time."""


@contextmanager
def full_server(ui: bool = True) -> Iterator[str]:
    """`prefect server start` (scheduler, services, UI) on a free port; yields its API URL."""
    port = _free_port()
    env = {**os.environ, "PREFECT_UI_ENABLED": "true" if ui else "false"}
    command = [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1"]
    with _child_server([*command, "--port", str(port)], port, env) as api_url:
        wait_until_healthy(api_url)
        yield api_url


@contextmanager
def ephemeral_server() -> Iterator[str]:
    """Prefect's ephemeral API app under uvicorn, started now; yields its API URL at once.

    The caller points PREFECT_API_URL at it before importing Prefect, and calls
    `wait_until_healthy` before the flow starts."""
    port = _free_port()
    spec = importlib.util.find_spec("prefect")
    if spec is None or spec.origin is None:
        raise ServerStartFailed("prefect is not installed")
    env = {
        **os.environ,
        "PREFECT_UI_ENABLED": "0",
        "PREFECT__SERVER_EPHEMERAL": "1",  # what Prefect's own SubprocessASGIServer sets
        "PREFECT__SERVER_FINAL": "1",
    }
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        "--app-dir",
        str(Path(spec.origin).parent.parent),
        "--factory",
        "prefect.server.api.server:create_app",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "error",
        "--lifespan",
        "on",
    ]
    with _child_server(command, port, env) as api_url:
        yield api_url


_children: dict[str, tuple[subprocess.Popen[bytes], Path]] = {}


@contextmanager
def _child_server(command: list[str], port: int, env: dict[str, str]) -> Iterator[str]:
    api_url = f"http://127.0.0.1:{port}/api"
    log = Path(os.environ.get("TMPDIR", "/tmp")) / f"newsetl-prefect-server-{port}.log"
    with log.open("wb") as output:
        server = subprocess.Popen(
            command,
            stdout=output,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
            preexec_fn=_die_with_parent,
        )
        _children[api_url] = (server, log)
        try:
            yield api_url
        finally:
            _children.pop(api_url, None)
            _stop(server)
    log.unlink(missing_ok=True)  # reached only without an error: a failed start keeps its log


def _die_with_parent() -> None:
    """Linux: the server gets SIGTERM when newsetl dies, even by SIGKILL."""
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


def wait_until_healthy(api_url: str) -> None:
    """Block until the child server at api_url answers /health (raises if it died)."""
    server, log = _children[api_url]
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.poll() is not None:
            detail = log.read_text(errors="replace").strip().splitlines()[-1:] or [""]
            raise ServerStartFailed(
                f"Prefect server exited with {server.returncode}: {detail[0]} (log {log})"
            )
        try:
            with urllib.request.urlopen(f"{api_url}/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.05)
    raise ServerStartFailed(
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
