"""A run killed at any stage leaves the published tables as they were; the next run completes
and equals a clean run. Two runs at once: exactly one publishes."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.cli import EXIT_BUSY, EXIT_OK
from tests.article_factory import write_articles
from tests.process_helpers import finish, kill, newsetl, wait_for
from tests.warehouse_helpers import snapshot

pytestmark = pytest.mark.slow


def run_args(seeds: Path, warehouse: Path, *extra: str) -> list[str]:
    return [
        "run",
        "--seeds",
        str(seeds),
        "--warehouse",
        str(warehouse),
        "--batch-size",
        "50",
        *extra,
    ]


@pytest.mark.parametrize("stage", ["extract", "load", "publish"])
def test_sigkill_at_each_stage_keeps_the_published_tables(
    tmp_path: Path, prefect_api_url: str, stage: str
) -> None:
    seeds, warehouse = tmp_path / "seeds", tmp_path / "warehouse"
    write_articles(seeds, range(200))
    code, _, err = finish(newsetl(run_args(seeds, warehouse), prefect_api_url))
    assert code == EXIT_OK, err
    published = snapshot(warehouse)

    write_articles(seeds, range(200, 260))
    (seeds / "article_00003.txt").unlink()
    doomed = newsetl(run_args(seeds, warehouse), prefect_api_url, NEWSETL_FAILPOINT=stage)
    wait_for(warehouse / f".failpoint-{stage}", doomed)
    kill(doomed)
    (warehouse / f".failpoint-{stage}").unlink()
    assert snapshot(warehouse) == published

    code, _out, err = finish(newsetl(run_args(seeds, warehouse), prefect_api_url))
    assert code == EXIT_OK, err
    code, _, err = finish(newsetl(run_args(seeds, tmp_path / "clean"), prefect_api_url))
    assert code == EXIT_OK, err
    assert snapshot(warehouse) == snapshot(tmp_path / "clean")
    assert not list((warehouse / "staging").glob("*")) if (warehouse / "staging").exists() else True


def test_second_concurrent_run_exits_naming_the_holder_then_a_killed_holder_is_taken_over(
    tmp_path: Path, prefect_api_url: str
) -> None:
    seeds, warehouse = tmp_path / "seeds", tmp_path / "warehouse"
    write_articles(seeds, range(20))
    holder = newsetl(run_args(seeds, warehouse), prefect_api_url, NEWSETL_FAILPOINT="load")
    wait_for(warehouse / ".failpoint-load", holder)

    code, _, err = finish(newsetl(run_args(seeds, warehouse), prefect_api_url))
    assert code == EXIT_BUSY
    assert f"pid {holder.pid}" in err and "--wait" in err

    waiting = newsetl(run_args(seeds, warehouse, "--wait"), prefect_api_url)
    kill(holder)  # its lock dies with it
    code, out, err = finish(waiting)
    assert code == EXIT_OK, err
    assert "published" in out
    assert len(snapshot(warehouse)["articles"]) == 20
