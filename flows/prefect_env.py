"""Prefect defaults for running offline on an ephemeral API: set before Prefect is imported."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

DEFAULTS = {
    # Analytics try to reach the network and, on the ephemeral API, intermittently log
    # SQLite "database is locked" tracebacks.
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    # First start on a fresh machine migrates a SQLite database and can take longer than the
    # default start-up timeout.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
    "PREFECT_UI_ENABLED": "false",
}


def apply_prefect_defaults() -> None:
    """Set each default unless the user set the variable."""
    for name, value in DEFAULTS.items():
        os.environ.setdefault(name, value)


@contextmanager
def api_for_run(start_own_server: bool) -> Iterator[Callable[[], None]]:
    """Point Prefect at an API for one run; call before importing Prefect.

    Uses PREFECT_API_URL when set. Otherwise, unless told not to, starts Prefect's ephemeral
    server as a child process right away (flows/prefect_server.py says why) and yields the
    function that waits for it to answer; call that just before the flow runs."""
    if os.environ.get("PREFECT_API_URL") or not start_own_server:
        yield lambda: None
        return
    from flows.prefect_server import ephemeral_server, wait_until_healthy

    with ephemeral_server() as api_url:
        os.environ["PREFECT_API_URL"] = api_url
        try:
            yield lambda: wait_until_healthy(api_url)
        finally:
            _drain_prefect_workers()  # logs and events still queued go out before the server stops
            os.environ.pop("PREFECT_API_URL", None)


def _drain_prefect_workers(timeout_s: float = 5.0) -> None:
    if "prefect" not in sys.modules:
        return
    try:
        from prefect.events.worker import EventsWorker
        from prefect.logging.handlers import APILogWorker

        APILogWorker.drain_all(timeout=timeout_s)
        EventsWorker.drain_all(timeout=timeout_s)
    except Exception:  # best effort: a log line lost is not worth failing a published run
        return
