"""`newsetl serve`: the flow as a scheduled Prefect deployment.

Schedules need a Prefect server with its scheduler; the ephemeral API only warns and never runs
them. So without `PREFECT_API_URL` this starts a local server as a child process (stopped on
exit), points Prefect at it and says where its UI is.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from flows.prefect_server import full_server
from flows.settings import Settings

DEFAULT_CRON = "0 * * * *"


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
    ui = os.environ.get("NEWSETL_SERVE_UI", "true").lower() in ("1", "true", "yes", "on")
    with full_server(ui=ui) as api_url:
        os.environ["PREFECT_API_URL"] = api_url
        try:
            yield api_url
        finally:
            os.environ.pop("PREFECT_API_URL", None)
