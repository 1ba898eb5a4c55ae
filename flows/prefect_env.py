"""Prefect defaults for running offline on an ephemeral API: set before Prefect is imported."""

from __future__ import annotations

import os

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
